package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FractionalUnits#toDouble}: the sum (hi x 2^30 + lo) x 2^-60 rounded once to the nearest double, checked
 * against exact decimal arithmetic (a binary fraction is a finite decimal; {@link BigDecimal#doubleValue} rounds it
 * correctly), over sums that fit in 63 bits and sums of up to 94 bits, ties and near-ties included.
 */
class FractionalRoundingTest {
    private static final BigDecimal UNIT = new BigDecimal(BigInteger.ONE.shiftLeft(60));

    private static double exact(long hi, long lo) {
        BigInteger sum = BigInteger.valueOf(hi).shiftLeft(30).add(BigInteger.valueOf(lo));
        return new BigDecimal(sum).divide(UNIT).doubleValue();
    }

    private static void check(long hi, long lo) {
        assertEquals(exact(hi, lo), FractionalUnits.toDouble(hi, lo), () -> "hi " + hi + " lo " + lo);
    }

    @Test
    void termsOfSmallPapers() {
        // the terms themselves and a few papers' worth of them: 1, 1/3, 1/6, 1/21 summed n times
        for (long k = 2; k <= 200; k++) {
            long units = FractionalUnits.units(k);
            for (long n = 1; n <= 50; n++) {
                check(n * (units >> 30), n * (units & ((1L << 30) - 1)));
            }
        }
        assertEquals(7.0 / 3, exactSum(3, 7));
        assertEquals(1.0, exactSum(7, 21));
    }

    private static double exactSum(long k, long n) {
        long units = FractionalUnits.units(k);
        return FractionalUnits.toDouble(n * (units >> 30), n * (units & ((1L << 30) - 1)));
    }

    @Test
    void randomSumsBeyondOneLong() {
        Random r = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long hi = switch (i % 4) {
                case 0 -> r.nextLong() >>> (2 + r.nextInt(62));    // any size
                case 1 -> (1L << 33) - 1 - r.nextInt(4);           // around 2^63 of the sum
                case 2 -> r.nextLong() >>> 2;                      // up to 2^92
                default -> (r.nextLong() >>> 22) << 20;            // many trailing zeros: ties
            };
            long lo = switch (i % 3) {
                case 0 -> r.nextLong() >>> (1 + r.nextInt(63));
                case 1 -> 0;
                default -> r.nextInt(1 << 30);
            };
            check(hi, lo);
        }
        // exact ties between two doubles in the 94-bit range: 2^53 + 1 (odd) and 2^53 + 3 in units of 2^38
        check(((1L << 53) + 1) << 8, 0);
        check(((1L << 53) + 3) << 8, 0);
        check(((1L << 53) + 1) << 8, 1);
        check(0, 0);
    }
}
