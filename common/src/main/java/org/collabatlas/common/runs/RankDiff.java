package org.collabatlas.common.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How one metric's ranking of nodes changed between two runs A and B.
 *
 * <p>Definitions: the <b>rank</b> of a node is 1 + the number of nodes with a strictly larger value (competition
 * ranking: equal values share the better rank, e.g. values 5, 3, 3, 1 rank 1, 2, 2, 4); nodes without a value
 * (absent from the run, or NaN) have no rank. The <b>top N</b> of a run are the nodes of rank at most N (more than
 * N when values tie at the boundary). A node <b>entered</b> the top N when it is in B's and not in A's, <b>left</b>
 * when in A's and not B's, <b>stayed</b> when in both, else it is <b>outside</b>. <b>rank change</b> = rank in A -
 * rank in B (positive = moved up), defined when the node is ranked in both runs.
 */
public final class RankDiff {
    private RankDiff() {
    }

    /** Top-N membership change of one node. */
    public enum Status {
        ENTERED, LEFT, STAYED, OUTSIDE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One node: its values and ranks in both runs (null when absent there). */
    public record Entry(String id, Double valueA, Double valueB, Integer rankA, Integer rankB) {
        /** rank A - rank B (positive = moved up), or null when the node is not ranked in both runs. */
        public Integer rankChange() {
            return rankA == null || rankB == null ? null : rankA - rankB;
        }

        public Status status(int topN) {
            boolean inA = rankA != null && rankA <= topN;
            boolean inB = rankB != null && rankB <= topN;
            return inA && inB ? Status.STAYED : inB ? Status.ENTERED : inA ? Status.LEFT : Status.OUTSIDE;
        }
    }

    /** Competition ranks of the non-null, non-NaN values (1 = largest). */
    public static Map<String, Integer> ranks(Map<String, Double> values) {
        List<Double> sorted = values.values().stream().filter(v -> v != null && !v.isNaN())
                .sorted(Comparator.reverseOrder()).toList();
        Map<String, Integer> out = new HashMap<>();
        values.forEach((id, v) -> {
            if (v != null && !v.isNaN()) {
                int lo = 0;
                int hi = sorted.size();
                while (lo < hi) { // first index whose value is not larger than v
                    int mid = (lo + hi) >>> 1;
                    if (sorted.get(mid) > v) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                out.put(id, lo + 1);
            }
        });
        return out;
    }

    /**
     * Every node of either run, ordered by rank in B, then rank in A (unranked last), then id: the ranking of B
     * first, then the nodes that dropped out of it.
     */
    public static List<Entry> compare(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Integer> ra = ranks(a);
        Map<String, Integer> rb = ranks(b);
        List<Entry> out = new ArrayList<>();
        for (String id : new TreeSet<>(unionKeys(a, b))) {
            out.add(new Entry(id, a.get(id), b.get(id), ra.get(id), rb.get(id)));
        }
        Comparator<Integer> rank = Comparator.nullsLast(Comparator.naturalOrder());
        out.sort(Comparator.comparing(Entry::rankB, rank).thenComparing(Entry::rankA, rank)
                .thenComparing(Entry::id));
        return out;
    }

    /** The entries in the top N of A or of B (status other than outside), in {@link #compare} order. */
    public static List<Entry> topOfEither(List<Entry> entries, int topN) {
        return entries.stream().filter(e -> e.status(topN) != Status.OUTSIDE).toList();
    }

    /** The ids of the entries with the given status, in {@link #compare} order. */
    public static List<String> withStatus(List<Entry> entries, int topN, Status status) {
        return entries.stream().filter(e -> e.status(topN) == status).map(Entry::id).toList();
    }

    private static java.util.Set<String> unionKeys(Map<String, Double> a, Map<String, Double> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
