package org.collabatlas.common.report;

/**
 * A bootstrap confidence interval of one metric of one vertex, as the uncertainty stage writes them
 * ({@code <run>/uncertainty/intervals}): {@code metric} is {@code eigenvector} or {@code betweenness};
 * {@code rank} 1 = highest on the full data, {@code rankLow..rankHigh} its interval over the replicates.
 */
public record Interval(String level, String slice, String id, String metric, double estimate, double mean,
                       double ciLow, double ciHigh, int rank, int rankLow, int rankHigh, int replicates) {
    public static final String EIGENVECTOR = "eigenvector";
    public static final String BETWEENNESS = "betweenness";
}
