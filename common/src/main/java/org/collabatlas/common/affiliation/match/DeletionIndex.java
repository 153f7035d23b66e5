package org.collabatlas.common.affiliation.match;

import java.util.Arrays;

/**
 * The single-deletion index of a vocabulary (symmetric-delete spelling correction, as in SymSpell): every word and
 * every string made by dropping one of its letters points at the word, so two words within one edit (an inserted,
 * dropped or replaced letter, or two swapped neighbours) always share a key. Keys are 39-bit hashes packed with the
 * word id into one sorted {@code long[]}: building it sorts one array instead of filling a map of hundreds of
 * thousands of strings. A hash collision can only add a candidate, and the caller checks the edit distance of each
 * candidate, so the answers are those of a map keyed by the strings.
 */
final class DeletionIndex {
    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    /** Sorted (hash << 24 | word id), distinct. */
    private final long[] packed;

    private DeletionIndex(long[] packed) {
        this.packed = packed;
    }

    /** The index of the words of {@code words} (id = position) that pass {@code indexed}. */
    static DeletionIndex of(String[] words, java.util.function.Predicate<String> indexed) {
        if (words.length > ID_MASK) {
            throw new IllegalArgumentException(words.length + " words: at most " + ID_MASK + " fit");
        }
        int count = 0;
        for (String w : words) {
            if (indexed.test(w)) {
                count += w.length() + 1;
            }
        }
        long[] out = new long[count];
        int k = 0;
        for (int id = 0; id < words.length; id++) {
            String w = words[id];
            if (!indexed.test(w)) {
                continue;
            }
            out[k++] = hash(w, -1) << ID_BITS | id;
            for (int skip = 0; skip < w.length(); skip++) {
                out[k++] = hash(w, skip) << ID_BITS | id;
            }
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return new DeletionIndex(Arrays.copyOf(out, n));
    }

    /**
     * The ids of the indexed words that share a key with {@code word} (the word or one of its one-letter deletions),
     * each once, in no particular order: every indexed word within one edit of {@code word}, and possibly others.
     */
    int[] candidates(String word) {
        int[] ids = new int[8];
        int n = 0;
        for (int skip = -1; skip < word.length(); skip++) {
            long key = hash(word, skip) << ID_BITS;
            int i = lowerBound(key);
            for (; i < packed.length && (packed[i] & ~ID_MASK) == key; i++) {
                int id = (int) (packed[i] & ID_MASK);
                if (!contains(ids, n, id)) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = id;
                }
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** Keys in the index (distinct key-word pairs). */
    int size() {
        return packed.length;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private int lowerBound(long key) {
        int lo = 0;
        int hi = packed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (packed[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A 39-bit hash (FNV-1a over the chars, then the MurmurHash3 finaliser) of {@code w} without index {@code skip}. */
    static long hash(String w, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            if (i != skip) {
                h ^= w.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h >>> (64 - 39);
    }
}
