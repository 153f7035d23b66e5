/**
 * The graph stage: co-authorship graphs in GraphFrames' data model ({@code vertices} with {@code id},
 * {@code edges} with {@code src}, {@code dst}, {@code weight}) at the country, institution and author levels, for
 * every slice (all years, each year, each category). Reads ingest's {@code papers}, resolve's
 * {@code authorships_resolved} and {@code institutions}, and classify's {@code paper_categories} when present;
 * writes {@code vertices}, {@code edges} and {@code paper_countries}. Config: {@code graph.*}.
 * {@link org.collabatlas.graph.CollaborationGraph} states the definitions.
 */
package org.collabatlas.graph;
