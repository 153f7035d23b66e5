package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A monotone map from a ranker's raw probability to a calibrated one, fitted by isotonic regression (pool adjacent
 * violators) on held-out (score, label) pairs. Definition: the fitted blocks are {@code (upper_i, value_i)} with
 * increasing {@code upper_i} and non-decreasing {@code value_i}; a score {@code s} maps to {@code value_i} of the first
 * block with {@code s <= upper_i}, or to the last block's value above every upper bound. Ties in the score are pooled
 * before fitting, so the fit does not depend on the input order.
 */
public final class IsotonicCalibration {
    private final double[] upper;
    private final double[] value;

    public IsotonicCalibration(double[] upper, double[] value) {
        if (upper.length != value.length || upper.length == 0) {
            throw new IllegalArgumentException("calibration needs as many values as bounds, at least one");
        }
        for (int i = 1; i < upper.length; i++) {
            if (!(upper[i] > upper[i - 1]) || value[i] < value[i - 1]) {
                throw new IllegalArgumentException("calibration bounds must increase and values not decrease");
            }
        }
        this.upper = upper.clone();
        this.value = value.clone();
    }

    /** Fits the map by pool adjacent violators on {@code scores} with 0/1 {@code labels}. */
    public static IsotonicCalibration fit(double[] scores, boolean[] labels) {
        int n = scores.length;
        if (n == 0 || labels.length != n) {
            throw new IllegalArgumentException("calibration needs as many labels as scores, at least one");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<double[]> blocks = new ArrayList<>(); // {upper, sum of labels, count}
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double y = labels[i] ? 1 : 0;
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[0] == scores[i]) {
                double[] b = blocks.get(blocks.size() - 1);
                b[1] += y;
                b[2]++;
            } else {
                blocks.add(new double[] {scores[i], y, 1});
            }
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[2] < last[1] / last[2]) {
                    break;
                }
                prev[0] = last[0];
                prev[1] += last[1];
                prev[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] u = new double[blocks.size()];
        double[] v = new double[blocks.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = blocks.get(i)[0];
            v[i] = blocks.get(i)[1] / blocks.get(i)[2];
        }
        return new IsotonicCalibration(u, v);
    }

    /** The calibrated probability of a raw score. */
    public double apply(double score) {
        int i = Arrays.binarySearch(upper, score);
        if (i < 0) {
            i = -i - 1;
        }
        return value[Math.min(i, value.length - 1)];
    }

    public double[] upper() {
        return upper.clone();
    }

    public double[] values() {
        return value.clone();
    }
}
