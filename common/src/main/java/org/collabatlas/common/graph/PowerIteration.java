package org.collabatlas.common.graph;

import java.util.Arrays;

/**
 * The power-iteration loop of {@link EigenvectorCentrality} and {@link PageRank}: from {@code x_0 = 1/n}, one step
 * per iteration until the stopping rule holds, or non-convergence after {@code maxIter} iterations. Two arrays
 * alternate as the iterate and the next one, so a run allocates nothing per iteration.
 */
final class PowerIteration {
    /** One iteration: writes the next iterate of {@code x} into {@code out} (never {@code x}), returns the residual. */
    @FunctionalInterface
    interface Step {
        double apply(double[] x, double[] out);
    }

    /** The stopping rule, given the residual of this step and of the one before ({@code NaN} after the first). */
    @FunctionalInterface
    interface Stop {
        boolean test(double residual, double previous);
    }

    private PowerIteration() {
    }

    static PowerIterationResult run(int n, int maxIter, Step step, Stop stop) {
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        double residual = Double.NaN;
        double previous = Double.NaN;
        for (int k = 1; k <= maxIter; k++) {
            residual = step.apply(x, next);
            double[] t = x;
            x = next;
            next = t;
            if (stop.test(residual, previous)) {
                return new PowerIterationResult(x, k, residual, true);
            }
            previous = residual;
        }
        return new PowerIterationResult(x, maxIter, residual, false);
    }
}
