package org.collabatlas.common.affiliation.match;

/**
 * The split of a gold set's distinct strings into training, validation and test thirds that
 * {@code collab-atlas train-matcher} uses: a seeded 64-bit hash of the string (FNV-1a over its UTF-16 units, then the
 * MurmurHash3 finaliser) modulo 3. The same string always falls in the same third for a seed, whatever the file's
 * order or the other strings.
 */
public final class GoldSplit {
    /** The seed of the shipped model. */
    public static final long DEFAULT_SEED = 20261206L;
    public static final int TRAINING = 0;
    public static final int VALIDATION = 1;
    public static final int TEST = 2;

    private GoldSplit() {
    }

    /** {@link #TRAINING}, {@link #VALIDATION} or {@link #TEST}. */
    public static int third(String s, long seed) {
        long h = 0x9E3779B97F4A7C15L ^ seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, 3L);
    }
}
