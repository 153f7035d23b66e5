package org.collabatlas.common.graph;

/**
 * Fractional counting in exact integer arithmetic. A paper with k nodes gives each of its k(k-1)/2 pairs the term
 * 2/(k(k-1)), so that every paper distributes a total weight of 1. Each term is rounded to {@value #UNIT_BITS}
 * binary places, i.e. held as an integer number of 2^-60 units ({@link #units}), and a pair's terms are summed as
 * integers split in two longs (units of 2^{@value #SPLIT_BITS} and the rest): both sums are exact, so the total is
 * the same in any order of rows and under any partitioning (a sum of doubles is not). {@link #toDouble} rounds the
 * exact sum once to the nearest double.
 */
public final class FractionalUnits {
    /** Binary places of a fractional term: 2/(k(k-1)) is summed as an integer number of 2^-60 units. */
    public static final int UNIT_BITS = 60;
    /** 2 in units of 2^-60. */
    public static final long FRACTION_UNITS = 1L << (UNIT_BITS + 1);
    /** The units are summed in two longs, {@code units >> SPLIT_BITS} and the low {@code SPLIT_BITS} bits. */
    public static final int SPLIT_BITS = 30;
    public static final long UNIT_SPLIT = 1L << SPLIT_BITS;

    private FractionalUnits() {
    }

    /** The term 2/(k(k-1)) of a paper with {@code k >= 2} nodes, in 2^-60 units, rounded to the nearest unit. */
    public static long units(long k) {
        return (FRACTION_UNITS + k * (k - 1) / 2) / (k * (k - 1));
    }

    /**
     * The sum of fractional terms, (hi x 2^30 + lo) x 2^-60 (0 <= hi, lo < 2^62: a pair's hi grows by at most
     * 2^31 per paper), rounded once to the nearest double (ties to even). No big-number arithmetic: the exact sum is
     * at most 94 bits; when it does not fit in 63 bits its top 63 bits are kept with a sticky bit for the rest, which
     * leaves the one rounding of the long-to-double conversion correct (a double has 53 bits), and scaling by a power
     * of two is exact.
     */
    public static double toDouble(long hi, long lo) {
        long v = hi + (lo >>> SPLIT_BITS);          // sum = v x 2^30 + r
        long r = lo & (UNIT_SPLIT - 1);
        long sumLo = (v << SPLIT_BITS) | r;         // the sum as 128 bits: sumHi x 2^64 + sumLo (unsigned)
        long sumHi = v >>> (64 - SPLIT_BITS);
        if (sumHi == 0 && sumLo >= 0) {
            return Math.scalb((double) sumLo, -UNIT_BITS);
        }
        int shift = 65 - Long.numberOfLeadingZeros(sumHi); // 1..31: leaves 63 bits
        long top = (sumHi << (64 - shift)) | (sumLo >>> shift);
        if ((sumLo & ((1L << shift) - 1)) != 0) {
            top |= 1;                                   // sticky
        }
        return Math.scalb((double) top, shift - UNIT_BITS);
    }
}
