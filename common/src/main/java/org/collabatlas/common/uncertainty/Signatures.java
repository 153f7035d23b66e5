package org.collabatlas.common.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.common.graph.CsrGraph;

/**
 * The papers of one slice reduced to their <em>country-set signatures</em>: each distinct set of countries a
 * paper's authors are in, with the number of papers that have exactly that set. The country graph of any
 * re-weighting of the papers depends only on how many papers of each signature it holds, so a bootstrap replicate
 * is a vector of signature counts ({@link #graph(long[], Counting)}).
 *
 * <p><b>Vertices</b> are every country of any signature (the full data's vertex set, as the graph stage builds it,
 * including countries whose papers are all single-country), numbered by their ids in ascending {@link String}
 * order (the order of {@code CentralityJob}'s vertex arrays). A replicate keeps this vertex set even when a
 * country has no paper in it (it is then an isolated vertex): the betweenness normalisation {@code (n-1)(n-2)/2}
 * stays the same and every country has a value in every replicate.
 *
 * <p><b>Edges</b>: a paper with {@code k >= 2} countries adds, to each of its {@code k(k-1)/2} pairs, 1 (full
 * counting) or {@code 2 / (k(k-1))} (fractional counting), as {@code CollaborationGraph} defines them; a pair
 * whose weight is 0 in a replicate is not an edge.
 */
public final class Signatures implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] ids;
    private final int[][] members;
    private final long[] counts;
    private final int[] edgeSrc;
    private final int[] edgeDst;
    private final int[][] edgesOf;

    private Signatures(String[] ids, int[][] members, long[] counts) {
        this.ids = ids;
        this.members = members;
        this.counts = counts;
        Map<Long, Integer> edgeIndex = new TreeMap<>();
        int n = ids.length;
        for (int[] m : members) {
            for (int i = 0; i < m.length; i++) {
                for (int j = i + 1; j < m.length; j++) {
                    edgeIndex.put((long) m[i] * n + m[j], 0);
                }
            }
        }
        edgeSrc = new int[edgeIndex.size()];
        edgeDst = new int[edgeIndex.size()];
        int e = 0;
        for (Map.Entry<Long, Integer> en : edgeIndex.entrySet()) {
            edgeSrc[e] = (int) (en.getKey() / n);
            edgeDst[e] = (int) (en.getKey() % n);
            en.setValue(e++);
        }
        edgesOf = new int[members.length][];
        for (int s = 0; s < members.length; s++) {
            int[] m = members[s];
            int[] es = new int[m.length * (m.length - 1) / 2];
            int p = 0;
            for (int i = 0; i < m.length; i++) {
                for (int j = i + 1; j < m.length; j++) {
                    es[p++] = edgeIndex.get((long) m[i] * n + m[j]);
                }
            }
            edgesOf[s] = es;
        }
    }

    /**
     * The table of the given papers' country sets: {@code countrySets.get(i)} (a paper's countries; duplicates
     * are ignored) occurs {@code paperCounts[i]} times. Equal sets given twice are added together. Signatures are
     * kept in a canonical order (by their sorted country lists), so equal inputs in any order give equal tables.
     *
     * @throws IllegalArgumentException on an empty or null country set, a null country, or a count below 1
     */
    public static Signatures of(List<? extends Iterable<String>> countrySets, long[] paperCounts) {
        if (countrySets.size() != paperCounts.length) {
            throw new IllegalArgumentException(countrySets.size() + " country sets but " + paperCounts.length
                    + " counts");
        }
        TreeMap<List<String>, Long> bySet = new TreeMap<>(Signatures::compareLists);
        TreeSet<String> all = new TreeSet<>();
        for (int i = 0; i < paperCounts.length; i++) {
            if (countrySets.get(i) == null) {
                throw new IllegalArgumentException("country set " + i + " is null");
            }
            TreeSet<String> set = new TreeSet<>();
            for (String c : countrySets.get(i)) {
                if (c == null) {
                    throw new IllegalArgumentException("country set " + i + " contains null");
                }
                set.add(c);
            }
            if (set.isEmpty()) {
                throw new IllegalArgumentException("country set " + i + " is empty: a paper with no country is in "
                        + "no vertex and must not be given");
            }
            if (paperCounts[i] < 1) {
                throw new IllegalArgumentException("country set " + i + " " + set + " has count " + paperCounts[i]
                        + "; counts must be >= 1");
            }
            all.addAll(set);
            bySet.merge(new ArrayList<>(set), paperCounts[i], Math::addExact);
        }
        String[] ids = all.toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        int[][] members = new int[bySet.size()][];
        long[] counts = new long[bySet.size()];
        int s = 0;
        for (Map.Entry<List<String>, Long> e : bySet.entrySet()) {
            members[s] = e.getKey().stream().mapToInt(index::get).toArray();
            counts[s++] = e.getValue();
        }
        return new Signatures(ids, members, counts);
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Number of distinct signatures. */
    public int size() {
        return counts.length;
    }

    /** Number of vertices (countries). */
    public int vertexCount() {
        return ids.length;
    }

    /** The id of vertex {@code v}. */
    public String id(int v) {
        return ids[v];
    }

    /** The ids of the vertices, in vertex order (a copy). */
    public String[] ids() {
        return ids.clone();
    }

    /** The vertex numbers of signature {@code s}'s countries, ascending (a copy). */
    public int[] members(int s) {
        return members[s].clone();
    }

    /** The papers of the full data with each signature (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** Total number of papers. */
    public long papers() {
        long p = 0;
        for (long c : counts) {
            p += c;
        }
        return p;
    }

    /** The number of distinct country pairs on any paper (edges of the full-data graph). */
    public int pairCount() {
        return edgeSrc.length;
    }

    /**
     * The weighted country graph of a replicate holding {@code replicateCounts[s]} papers of signature {@code s}.
     * Edge weights are {@code sum over s of replicateCounts[s] * w(s)}, {@code w(s)} = 1 (full) or
     * {@code 2 / (k(k-1))} (fractional); pairs of weight 0 are left out.
     */
    public CsrGraph graph(long[] replicateCounts, Counting counting) {
        if (replicateCounts.length != counts.length) {
            throw new IllegalArgumentException(replicateCounts.length + " counts for " + counts.length
                    + " signatures");
        }
        double[] w = new double[edgeSrc.length];
        for (int s = 0; s < members.length; s++) {
            long c = replicateCounts[s];
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c + " for signature " + s);
            }
            int k = members[s].length;
            if (c == 0 || k < 2) {
                continue;
            }
            double add = counting == Counting.FULL ? c : c * (2.0 / ((double) k * (k - 1)));
            for (int e : edgesOf[s]) {
                w[e] += add;
            }
        }
        int m = 0;
        for (double x : w) {
            if (x > 0) {
                m++;
            }
        }
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] wt = new double[m];
        int p = 0;
        for (int e = 0; e < w.length; e++) {
            if (w[e] > 0) {
                src[p] = edgeSrc[e];
                dst[p] = edgeDst[e];
                wt[p++] = w[e];
            }
        }
        return CsrGraph.fromEdges(ids.length, src, dst, wt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signatures t && Arrays.equals(ids, t.ids) && Arrays.deepEquals(members, t.members)
                && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Signatures[countries=" + ids.length + ", signatures=" + counts.length + ", papers=" + papers() + "]";
    }
}
