/**
 * Bootstrap confidence intervals for the centralities of small (country-level) collaboration graphs, as pure code.
 *
 * <p>{@link org.collabatlas.common.uncertainty.Signatures} reduces a slice's papers to their distinct country
 * sets with multiplicities; {@link org.collabatlas.common.uncertainty.PaperBootstrap} draws one Poisson(1)
 * bootstrap replicate of the papers from a generator derived from (seed, slice, replicate) only
 * ({@link org.collabatlas.common.uncertainty.ReplicateSeeds}), builds the weighted graph and computes eigenvector
 * and exact betweenness centrality ({@link org.collabatlas.common.uncertainty.ReplicateMetrics});
 * {@link org.collabatlas.common.uncertainty.Intervals} turns the replicates into percentile intervals of the
 * values and of the ranks. The Spark stage ({@code collab-atlas uncertainty}) only distributes the replicates.
 * Definitions: {@code docs/uncertainty.md}.
 */
package org.collabatlas.common.uncertainty;
