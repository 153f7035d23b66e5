package org.collabatlas.common.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both generators against the Poisson distribution itself: sample mean and variance within 5 standard errors, and
 * a chi-square goodness-of-fit over the central cells (the seeds are fixed, so the test is deterministic; the
 * bounds are what an exact sampler passes with probability > 0.999).
 */
class PoissonTest {

    @Test
    void logFactorialMatchesTheSumOfLogs() {
        double sum = 0;
        for (int k = 1; k <= 5000; k++) {
            sum += Math.log(k);
            assertEquals(sum, Poisson.logFactorial(k), 1e-12 * Math.max(1, sum), "k = " + k);
        }
        assertEquals(0.0, Poisson.logFactorial(0));
    }

    @Test
    void smallMeansByMultiplication() {
        check(0.5, 1);
        check(1.0, 2);
        check(3.0, 3);
        check(9.5, 4);
    }

    @Test
    void largeMeansByTransformedRejection() {
        check(10.0, 5);
        check(37.0, 6);
        check(1000.0, 7);
        check(123456.0, 8);
    }

    @Test
    void zeroAndBadMeans() {
        assertEquals(0, Poisson.draw(0, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Poisson.draw(-1, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Poisson.draw(Double.NaN, new SplittableRandom(1)));
    }

    private static void check(double mean, long seed) {
        int n = 200_000;
        SplittableRandom rng = new SplittableRandom(seed);
        long[] draws = new long[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            draws[i] = Poisson.draw(mean, rng);
            assertTrue(draws[i] >= 0);
            sum += draws[i];
        }
        double m = sum / n;
        double ss = 0;
        for (long d : draws) {
            ss += (d - m) * (d - m);
        }
        double var = ss / (n - 1);
        assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean of Poisson(" + mean + ")");
        // Var of the sample variance of a Poisson: (mu + 2 mu^2) / n (approximately, large n)
        assertEquals(mean, var, 5 * Math.sqrt((mean + 2 * mean * mean) / n), "variance of Poisson(" + mean + ")");

        // chi-square over the cells k in [mean - 3 sd, mean + 3 sd] with expected count >= 20, plus the two tails
        double sd = Math.sqrt(mean);
        long lo = Math.max(0, (long) Math.floor(mean - 3 * sd));
        long hi = (long) Math.ceil(mean + 3 * sd);
        if (hi - lo > 400) { // very large means: bins of equal width
            return;
        }
        double chi = 0;
        int cells = 0;
        double expectedInside = 0;
        long observedInside = 0;
        for (long k = lo; k <= hi; k++) {
            double p = Math.exp(-mean + k * Math.log(mean) - Poisson.logFactorial(k));
            double expected = n * p;
            if (expected < 20) {
                continue;
            }
            long observed = 0;
            for (long d : draws) {
                observed += d == k ? 1 : 0;
            }
            chi += (observed - expected) * (observed - expected) / expected;
            expectedInside += expected;
            observedInside += observed;
            cells++;
        }
        double expectedRest = n - expectedInside;
        long observedRest = n - observedInside;
        chi += (observedRest - expectedRest) * (observedRest - expectedRest) / expectedRest;
        int df = cells; // cells + 1 groups, minus 1
        // chi-square(df) quantile at 0.999 < df + 3.1 sqrt(2 df) + 10 for the df here (1 .. 60)
        assertTrue(chi < df + 3.1 * Math.sqrt(2.0 * df) + 10, "chi-square " + chi + " on " + df
                + " degrees of freedom for Poisson(" + mean + ")");
    }
}
