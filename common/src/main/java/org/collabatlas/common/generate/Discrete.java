package org.collabatlas.common.generate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Sampling of an index 0..n-1 with probability proportional to non-negative weights (cumulative sums, binary search). */
public final class Discrete implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] cumulative;

    public Discrete(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights sum to 0");
        }
    }

    /** Zipf weights 1/(rank+1)^s for ranks 0..n-1. */
    public static Discrete zipf(int n, double s) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.pow(i + 1, s);
        }
        return new Discrete(w);
    }

    public int size() {
        return cumulative.length;
    }

    /** The probability of index {@code i}. */
    public double probability(int i) {
        double total = cumulative[cumulative.length - 1];
        return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
    }

    public int sample(SplittableRandom r) {
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }
}
