package org.collabatlas.common.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a predicted grouping of items matches a true grouping: B-cubed and pairwise precision, recall and F1,
 * computed from counts alone, so that a distributed job can aggregate them over millions of items.
 *
 * <p><b>Input.</b> Every item has exactly one predicted label and one true label. The contingency table holds
 * n<sub>ij</sub>, the number of items in predicted cluster i and true cluster j; a<sub>i</sub> = sum<sub>j</sub>
 * n<sub>ij</sub> is the size of predicted cluster i, b<sub>j</sub> = sum<sub>i</sub> n<sub>ij</sub> that of true
 * cluster j, N the number of items. An item the predictor left unlabelled should be given a label of its own (a
 * singleton): it is then grouped with nothing, which is what the predictor said about it.
 *
 * <p><b>B-cubed</b> (Bagga and Baldwin, "Algorithms for scoring coreference chains", LREC 1998 workshop; the
 * per-item form of Amigó et al., Information Retrieval 12, 2009): for an item e in predicted cluster P(e) and true
 * cluster T(e), precision(e) = |P(e) and T(e)| / |P(e)| and recall(e) = |P(e) and T(e)| / |T(e)|, each averaged over
 * the N items with equal weight. On the contingency table, an item of cell (i, j) has |P and T| = n<sub>ij</sub>, so
 * <pre>
 *   precision = (1/N) sum_ij n_ij^2 / a_i        recall = (1/N) sum_ij n_ij^2 / b_j
 * </pre>
 * F1 is their harmonic mean. Both are in (0, 1]; all singletons give precision 1, one cluster of everything
 * gives recall 1.
 *
 * <p><b>Pairwise</b>: over the unordered pairs of distinct items, a pair is predicted when both items share a
 * predicted cluster, true when they share a true cluster. True positives sum_ij C(n_ij, 2), predicted pairs
 * sum_i C(a_i, 2), true pairs sum_j C(b_j, 2); precision = TP / predicted pairs, recall = TP / true pairs,
 * F1 = 2 TP / (predicted pairs + true pairs).
 * Pairwise scores weigh large clusters quadratically, B-cubed linearly in their items.
 *
 * <p><b>Counts that scale.</b> The scores need, per cluster, only its size and the sum of the squares of its cells
 * (s<sub>i</sub> = sum<sub>j</sub> n<sub>ij</sub><sup>2</sup>), and then only, per cluster size, the number of such
 * clusters and the sum of their s ({@link SizeClass}): sum_ij n_ij^2 / a_i = sum over sizes a of (sum of s_i over
 * clusters of size a) / a. There are at most about sqrt(2N) distinct sizes, so a distributed job aggregates the
 * table into {@code SizeClass} rows with exact integer sums and hands these few rows to
 * {@link #fromSizeClasses}, which adds them in size order: the scores do not depend on how the work was split.
 *
 * <p>Undefined ratios (no items; no predicted or no true pairs) are NaN; so is a B-cubed F1 over no items.
 */
public final class ClusteringScores {
    private final long items;
    private final long predictedClusters;
    private final long trueClusters;
    private final double bcubedPrecision;
    private final double bcubedRecall;
    private final long truePositivePairs;
    private final long predictedPairs;
    private final long truePairs;

    /**
     * The clusters of one size on one side (predicted or true).
     *
     * @param size          items in each of these clusters (at least 1)
     * @param clusters      how many clusters have this size
     * @param sumOfSquares  the sum, over these clusters and over their contingency cells, of the cell count squared
     */
    public record SizeClass(long size, long clusters, long sumOfSquares) {
        public SizeClass {
            if (size < 1 || clusters < 1) {
                throw new IllegalArgumentException("size and clusters must be at least 1, got " + size + " and "
                        + clusters);
            }
            if (sumOfSquares < clusters * size || sumOfSquares > clusters * size * size) {
                throw new IllegalArgumentException("sumOfSquares " + sumOfSquares + " is impossible for " + clusters
                        + " clusters of size " + size);
            }
        }
    }

    /** One cell of the contingency table: {@code count} items labelled {@code predicted} and {@code truth}. */
    public record Cell(String predicted, String truth, long count) {
        public Cell {
            if (count < 1) {
                throw new IllegalArgumentException("a cell counts at least one item, got " + count);
            }
        }
    }

    private ClusteringScores(long items, long predictedClusters, long trueClusters, double bcubedPrecision,
                             double bcubedRecall, long truePositivePairs, long predictedPairs, long truePairs) {
        this.items = items;
        this.predictedClusters = predictedClusters;
        this.trueClusters = trueClusters;
        this.bcubedPrecision = bcubedPrecision;
        this.bcubedRecall = bcubedRecall;
        this.truePositivePairs = truePositivePairs;
        this.predictedPairs = predictedPairs;
        this.truePairs = truePairs;
    }

    /**
     * The scores of a contingency table held in memory (a small one; a large one is aggregated into
     * {@link SizeClass} rows where it lies). Cells with equal labels are added together.
     */
    public static ClusteringScores fromCells(Collection<Cell> cells) {
        Map<List<String>, Long> merged = new HashMap<>();
        for (Cell c : cells) {
            merged.merge(List.of(c.predicted(), c.truth()), c.count(), Long::sum);
        }
        Map<String, long[]> predicted = new HashMap<>();
        Map<String, long[]> truth = new HashMap<>();
        for (Map.Entry<List<String>, Long> e : merged.entrySet()) {
            long n = e.getValue();
            long[] p = predicted.computeIfAbsent(e.getKey().get(0), k -> new long[2]);
            p[0] += n;
            p[1] += n * n;
            long[] t = truth.computeIfAbsent(e.getKey().get(1), k -> new long[2]);
            t[0] += n;
            t[1] += n * n;
        }
        return fromSizeClasses(sizeClasses(predicted.values()), sizeClasses(truth.values()));
    }

    private static List<SizeClass> sizeClasses(Collection<long[]> clusters) {
        Map<Long, long[]> bySize = new TreeMap<>();
        for (long[] c : clusters) {
            long[] s = bySize.computeIfAbsent(c[0], k -> new long[2]);
            s[0]++;
            s[1] += c[1];
        }
        List<SizeClass> out = new ArrayList<>();
        bySize.forEach((size, s) -> out.add(new SizeClass(size, s[0], s[1])));
        return out;
    }

    /**
     * The scores from the size classes of both sides (any order; at most one class per size and side). Both sides
     * describe the same table, so they must agree on N and on the sum of all squared cells.
     */
    public static ClusteringScores fromSizeClasses(List<SizeClass> predicted, List<SizeClass> truth) {
        Side p = Side.of(predicted, "predicted");
        Side t = Side.of(truth, "true");
        if (p.items != t.items || p.sumOfSquares != t.sumOfSquares) {
            throw new IllegalArgumentException("the two sides describe different tables: " + p.items + " and "
                    + t.items + " items, squared cells summing to " + p.sumOfSquares + " and " + t.sumOfSquares);
        }
        long n = p.items;
        return new ClusteringScores(n, p.clusters, t.clusters, n == 0 ? Double.NaN : p.weighted / n,
                n == 0 ? Double.NaN : t.weighted / n, (p.sumOfSquares - n) / 2, p.pairs, t.pairs);
    }

    /** The sums of one side's size classes. */
    private record Side(long items, long clusters, long sumOfSquares, long pairs, double weighted) {
        static Side of(List<SizeClass> classes, String name) {
            List<SizeClass> sorted = new ArrayList<>(classes);
            sorted.sort(Comparator.comparingLong(SizeClass::size));
            long items = 0;
            long clusters = 0;
            long squares = 0;
            long pairs = 0;
            double weighted = 0; // sum of s_i / a_i, added in size order so that the result is reproducible
            for (int k = 0; k < sorted.size(); k++) {
                SizeClass c = sorted.get(k);
                if (k > 0 && sorted.get(k - 1).size() == c.size()) {
                    throw new IllegalArgumentException(name + " clusters of size " + c.size() + " given twice");
                }
                items = Math.addExact(items, Math.multiplyExact(c.size(), c.clusters()));
                clusters += c.clusters();
                squares = Math.addExact(squares, c.sumOfSquares());
                pairs = Math.addExact(pairs, Math.multiplyExact(c.clusters(), c.size() * (c.size() - 1) / 2));
                weighted += c.sumOfSquares() / (double) c.size();
            }
            return new Side(items, clusters, squares, pairs, weighted);
        }
    }

    /** N: the items scored. */
    public long items() {
        return items;
    }

    public long predictedClusters() {
        return predictedClusters;
    }

    public long trueClusters() {
        return trueClusters;
    }

    public double bcubedPrecision() {
        return bcubedPrecision;
    }

    public double bcubedRecall() {
        return bcubedRecall;
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Pairs of items in one predicted cluster and one true cluster. */
    public long truePositivePairs() {
        return truePositivePairs;
    }

    /** Pairs of items in one predicted cluster. */
    public long predictedPairs() {
        return predictedPairs;
    }

    /** Pairs of items in one true cluster. */
    public long truePairs() {
        return truePairs;
    }

    public double pairwisePrecision() {
        return predictedPairs == 0 ? Double.NaN : truePositivePairs / (double) predictedPairs;
    }

    public double pairwiseRecall() {
        return truePairs == 0 ? Double.NaN : truePositivePairs / (double) truePairs;
    }

    /** 2 TP / (predicted pairs + true pairs): the harmonic mean where both are defined, 0 where only one is. */
    public double pairwiseF1() {
        long pairs = predictedPairs + truePairs;
        return pairs == 0 ? Double.NaN : 2.0 * truePositivePairs / pairs;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return "ClusteringScores[items=" + items + ", predicted clusters=" + predictedClusters + ", true clusters="
                + trueClusters + ", B-cubed P/R/F1=" + bcubedPrecision + "/" + bcubedRecall + "/" + bcubedF1()
                + ", pairwise P/R/F1=" + pairwisePrecision() + "/" + pairwiseRecall() + "/" + pairwiseF1() + "]";
    }
}
