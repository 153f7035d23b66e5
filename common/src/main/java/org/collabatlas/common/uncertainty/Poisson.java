package org.collabatlas.common.uncertainty;

import java.util.SplittableRandom;

/**
 * Poisson random variates from a {@link SplittableRandom} (whose algorithm, SplitMix64, is specified, so a seed
 * gives the same numbers on every JVM).
 *
 * <ul>
 *   <li>mean {@code < 10}: multiplication of uniforms (D. Knuth, <i>The Art of Computer Programming</i> vol. 2,
 *   3.4.1), exact, {@code O(mean)};</li>
 *   <li>mean {@code >= 10}: transformed rejection with squeeze, "PTRS" (W. Hörmann, "The transformed rejection
 *   method for generating Poisson random variables", Insurance: Mathematics and Economics 12(1), 1993), exact,
 *   {@code O(1)} expected; the constants are the paper's (as in NumPy's {@code random_poisson_ptrs}).</li>
 * </ul>
 */
public final class Poisson {
    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private Poisson() {
    }

    /** One draw from Poisson({@code mean}); 0 when {@code mean} is 0. */
    public static long draw(double mean, SplittableRandom rng) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and >= 0, got " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return mean < 10 ? multiplication(mean, rng) : ptrs(mean, rng);
    }

    private static long multiplication(double mean, SplittableRandom rng) {
        double limit = Math.exp(-mean);
        long k = 0;
        double p = rng.nextDouble();
        while (p > limit) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }

    private static long ptrs(double mean, SplittableRandom rng) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** {@code ln(k!)}: a table below 256, else Stirling's series to the {@code k^-7} term (error below 1e-17). */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }
}
