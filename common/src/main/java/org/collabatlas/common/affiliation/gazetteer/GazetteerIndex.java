package org.collabatlas.common.affiliation.gazetteer;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.collabatlas.common.binary.BinaryReader;
import org.collabatlas.common.binary.BinaryWriter;

/**
 * A map from a key to a sorted array of institution ordinals (positions in the {@link Gazetteer}), built once and
 * then read-only. An ordinal appears at most once per key, so the array length of a token is its document
 * frequency. Arrays are compact ({@code int[]}); the map is sized to its content.
 */
final class GazetteerIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] NONE = new int[0];

    private final HashMap<String, int[]> postings;

    private GazetteerIndex(HashMap<String, int[]> postings) {
        this.postings = postings;
    }

    /** The ordinals under a key (sorted, distinct); an empty array when the key is absent. Do not modify. */
    int[] get(String key) {
        return postings.getOrDefault(key, NONE);
    }

    int keys() {
        return postings.size();
    }

    void write(BinaryWriter out) {
        out.writeIntArrayMap(postings);
    }

    static GazetteerIndex read(BinaryReader in) {
        return new GazetteerIndex(in.readIntArrayMap());
    }

    /** Collects (key, ordinal) pairs; ordinals must be added in increasing order. */
    static final class Builder {
        private final Map<String, int[]> lists = new HashMap<>();

        /** Each array holds its length in slot 0 and the ordinals after it. */
        void add(String key, int ordinal) {
            if (key.isEmpty()) {
                return;
            }
            int[] l = lists.get(key);
            if (l == null) {
                lists.put(key, new int[] {1, ordinal});
                return;
            }
            int n = l[0];
            if (l[n] == ordinal) {
                return;
            }
            if (n + 1 == l.length) {
                l = Arrays.copyOf(l, l.length * 2);
                lists.put(key, l);
            }
            l[n + 1] = ordinal;
            l[0] = n + 1;
        }

        GazetteerIndex build() {
            HashMap<String, int[]> out = new HashMap<>((int) (lists.size() / 0.75f) + 1);
            lists.forEach((k, l) -> out.put(k, Arrays.copyOfRange(l, 1, l[0] + 1)));
            return new GazetteerIndex(out);
        }
    }
}
