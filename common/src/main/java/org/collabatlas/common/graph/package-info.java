/**
 * Centrality kernels over a compact in-memory graph, pure Java with no Spark: {@link
 * org.collabatlas.common.graph.CsrGraph} (CSR arrays, serializable for a broadcast), exact betweenness ({@link
 * org.collabatlas.common.graph.Brandes}, by source ranges), sampled betweenness ({@link
 * org.collabatlas.common.graph.SampledBetweenness}, by sample ranges, with the bound of {@link
 * org.collabatlas.common.graph.SampleSize}), {@link org.collabatlas.common.graph.EigenvectorCentrality} and {@link
 * org.collabatlas.common.graph.PageRank}. Every normalisation matches NetworkX 2.8, which the tests use as the
 * independent reference. Degree is {@link org.collabatlas.common.graph.CsrGraph#degree} (distinct partners) and
 * strength {@link org.collabatlas.common.graph.CsrGraph#strength}. A Spark job builds the graph on the driver,
 * broadcasts it, runs ranges of sources or samples in tasks and sums the partial arrays.
 */
package org.collabatlas.common.graph;
