package org.collabatlas.common.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Percentile bootstrap intervals (B. Efron and R. Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993,
 * ch. 13) of one metric's values and ranks.
 *
 * <p><b>Interval</b> at confidence {@code c} from {@code B} replicates: with {@code k = max(1, ceil(B (1 - c) / 2))}
 * (the smallest {@code k} with {@code k / B >= (1 - c) / 2}: the empirical {@code (1 - c)/2} quantile as the
 * inverse of the empirical distribution function), {@code ci_low} is the {@code k}-th smallest replicate value
 * and {@code ci_high} the {@code k}-th largest. B = 100, c = 0.95: the 3rd smallest and the 3rd largest. The
 * bounds are always replicate values; no interpolation.
 *
 * <p><b>Rank</b>: 1 = the highest value; equal values are ordered by id (ascending). Ranks are computed within
 * each replicate over the same vertex set, and {@code rank_low}/{@code rank_high} are the same percentile interval
 * of a vertex's ranks ({@code rank_low <= rank_high}; low is the better rank).
 *
 * <p>{@code mean} is the mean of the replicate values; {@code estimate} and {@code rank} are the full data's.
 */
public final class Intervals {
    private Intervals() {
    }

    /** One vertex's interval. */
    public record Interval(String id, double estimate, double mean, double low, double high, int rank, int rankLow,
                           int rankHigh, int replicates) {
    }

    /** The order statistic {@code k} (1-based, from each end) used at {@code confidence} with {@code b} replicates. */
    public static int tailIndex(int b, double confidence) {
        if (b < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + b);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        // the 1e-9 keeps B (1 - c) / 2 = 2.0000000000000004 (binary rounding of an exact integer) at 2
        int k = (int) Math.ceil(b * (1 - confidence) / 2 - 1e-9);
        return Math.min(b, Math.max(1, k));
    }

    /**
     * Ranks of {@code values} (1 = highest, ties by {@code ids} ascending).
     */
    public static int[] ranks(double[] values, String[] ids) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> values[i]).reversed()
                .thenComparing(i -> ids[i]));
        int[] rank = new int[values.length];
        for (int p = 0; p < order.length; p++) {
            rank[order[p]] = p + 1;
        }
        return rank;
    }

    /**
     * Intervals for every vertex.
     *
     * @param ids        vertex ids
     * @param estimate   the full data's values
     * @param replicates {@code replicates[b][v]}: vertex {@code v}'s value in replicate {@code b}, in replicate order
     */
    public static List<Interval> of(String[] ids, double[] estimate, List<double[]> replicates, double confidence) {
        int n = ids.length;
        int b = replicates.size();
        int k = tailIndex(b, confidence);
        if (estimate.length != n) {
            throw new IllegalArgumentException(estimate.length + " estimates for " + n + " ids");
        }
        double[][] values = new double[n][b];
        int[][] ranks = new int[n][b];
        for (int r = 0; r < b; r++) {
            double[] x = replicates.get(r);
            if (x.length != n) {
                throw new IllegalArgumentException("replicate " + r + " has " + x.length + " values for " + n + " ids");
            }
            int[] rk = ranks(x, ids);
            for (int v = 0; v < n; v++) {
                values[v][r] = x[v];
                ranks[v][r] = rk[v];
            }
        }
        int[] rank = ranks(estimate, ids);
        List<Interval> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            double sum = 0;
            for (double x : values[v]) {
                sum += x;
            }
            double[] sorted = values[v].clone();
            Arrays.sort(sorted);
            int[] sortedRanks = ranks[v].clone();
            Arrays.sort(sortedRanks);
            out.add(new Interval(ids[v], estimate[v], sum / b, sorted[k - 1], sorted[b - k], rank[v],
                    sortedRanks[k - 1], sortedRanks[b - k], b));
        }
        return out;
    }
}
