package org.collabatlas.common.report;

/**
 * One vertex of one graph slice with its centralities, as the centrality stage wrote them ({@code metrics}).
 * {@code id} is an ISO 3166-1 alpha-2 code at level country, an institution id (ROR URL or {@code cluster:...}) at
 * level institution; {@code country} is the vertex's country; {@code name} is a display name or null.
 */
public record NodeMetrics(String id, String country, String name, long papers, long internationalPapers,
                          double internationalRatio, int degree, double strength, double eigenvector, double pagerank,
                          double betweenness) {
}
