package org.collabatlas.common.uncertainty;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The random generator of one bootstrap replicate, a function of {@code (seed, slice, replicate)} only: which
 * Spark task computes a replicate, and in which order, cannot change its draws, so the intervals are identical
 * however the replicates are partitioned.
 *
 * <p>Derivation: {@code h = mix(mix(seed) ^ fnv1a64(utf8(slice)))}, then {@code h = mix(h + (replicate + 1) *
 * 0x9E3779B97F4A7C15)}, where {@code mix} is SplitMix64's finaliser; the generator is
 * {@code new SplittableRandom(h)}.
 */
public final class ReplicateSeeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ReplicateSeeds() {
    }

    public static SplittableRandom generator(long seed, String slice, int replicate) {
        if (replicate < 0) {
            throw new IllegalArgumentException("replicate must be >= 0, got " + replicate);
        }
        long h = mix(mix(seed) ^ fnv1a64(slice));
        h = mix(h + (replicate + 1L) * GOLDEN);
        return new SplittableRandom(h);
    }

    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
