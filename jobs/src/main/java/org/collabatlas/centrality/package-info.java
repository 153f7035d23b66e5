/**
 * The centrality stage and {@code edge-metrics}: degree, strength, eigenvector, PageRank and exact or sampled
 * betweenness of every graph slice, computed by the pure kernels of {@code common.graph} over CSR arrays collected
 * from the graph stage's tables (a slice too large for driver rows stays in Spark: {@link
 * org.collabatlas.centrality.LargeSlice}; betweenness of large graphs is spread over tasks: {@link
 * org.collabatlas.centrality.DistributedBetweenness}). Writes {@code metrics} and, with
 * {@code centrality.export-csv}, CSV exports. Config: {@code centrality.*}, {@code privacy.*}.
 */
package org.collabatlas.centrality;
