/**
 * {@code collab-atlas uncertainty}: reads the run's {@code ingest/papers}, {@code resolve/authorships_resolved}
 * (and {@code classify/paper_categories} when present), writes {@code uncertainty/intervals}. Config keys:
 * {@code uncertainty.*}, and {@code graph.counting} and {@code centrality.eigenvector.*} /
 * {@code centrality.betweenness.distance} for the metrics. The pure code is
 * {@code org.collabatlas.common.uncertainty}; definitions in {@code docs/uncertainty.md}.
 */
package org.collabatlas.uncertainty;
