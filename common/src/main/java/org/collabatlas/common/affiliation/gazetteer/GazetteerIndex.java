package org.collabatlas.common.affiliation.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Collects (key, ordinal) pairs; ordinals must be added in increasing order. */
    static final class Builder {
        private final Map<String, List<Integer>> lists = new HashMap<>();

        void add(String key, int ordinal) {
            if (key.isEmpty()) {
                return;
            }
            List<Integer> l = lists.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (l.isEmpty() || l.get(l.size() - 1) != ordinal) {
                l.add(ordinal);
            }
        }

        GazetteerIndex build() {
            HashMap<String, int[]> out = new HashMap<>((int) (lists.size() / 0.75f) + 1);
            lists.forEach((k, l) -> out.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
            return new GazetteerIndex(out);
        }
    }
}
