package org.collabatlas.common.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.collabatlas.common.generate.ClusteringScores.Cell;
import org.collabatlas.common.generate.ClusteringScores.SizeClass;
import org.junit.jupiter.api.Test;

/** B-cubed and pairwise scores on groupings worked out by hand, the degenerate ones, and a brute-force reference. */
class ClusteringScoresTest {
    private static final double EPS = 1e-12;

    /** Items labelled (predicted, true) in turn, one cell of count 1 each. */
    private static ClusteringScores items(String... labels) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < labels.length; i += 2) {
            cells.add(new Cell(labels[i], labels[i + 1], 1));
        }
        return ClusteringScores.fromCells(cells);
    }

    /**
     * Bagga and Baldwin's own example (1998, figure 2 against 3): true {1-5}, {6, 7}, {8-12}; the response merges the
     * last two into {6-12}. Precision (5 * 5/5 + 2 * 2/7 + 5 * 5/7) / 12 = 16/21, recall 1. Pairs: 10 + 1 + 10 = 21
     * true positives of 10 + 21 = 31 predicted.
     */
    @Test
    void baggaAndBaldwinsMergedChains() {
        ClusteringScores s = ClusteringScores.fromCells(List.of(new Cell("A", "t1", 5), new Cell("B", "t2", 2),
                new Cell("B", "t3", 5)));
        assertEquals(12, s.items());
        assertEquals(2, s.predictedClusters());
        assertEquals(3, s.trueClusters());
        assertEquals(16.0 / 21, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(2 * (16.0 / 21) / (16.0 / 21 + 1), s.bcubedF1(), EPS);
        assertEquals(21, s.truePositivePairs());
        assertEquals(31, s.predictedPairs());
        assertEquals(21, s.truePairs());
        assertEquals(21.0 / 31, s.pairwisePrecision(), EPS);
        assertEquals(1.0, s.pairwiseRecall(), EPS);
    }

    /**
     * True {a, b, c}, {d, e}; predicted {a, b}, {c, d, e}. Precision: a, b 2/2; c 1/3; d, e 2/3: 11/15.
     * Recall: a, b 2/3; c 1/3; d, e 2/2: 11/15. Pairs: ab and de right, of 4 predicted and 4 true.
     */
    @Test
    void oneItemMisplaced() {
        ClusteringScores s = items("P1", "T1", "P1", "T1", "P2", "T1", "P2", "T2", "P2", "T2");
        assertEquals(11.0 / 15, s.bcubedPrecision(), EPS);
        assertEquals(11.0 / 15, s.bcubedRecall(), EPS);
        assertEquals(2, s.truePositivePairs());
        assertEquals(0.5, s.pairwisePrecision(), EPS);
        assertEquals(0.5, s.pairwiseRecall(), EPS);
        assertEquals(0.5, s.pairwiseF1(), EPS);
    }

    /** True {a, b, c, d}, {e}; predicted {a, b}, {c}, {d, e}: precision (2 + 1 + 1/2 + 1/2) / 5, recall 9/20. */
    @Test
    void aSplitAndAMerge() {
        ClusteringScores s = items("P1", "T1", "P1", "T1", "P2", "T1", "P3", "T1", "P3", "T2");
        assertEquals(4.0 / 5, s.bcubedPrecision(), EPS);
        // a, b: 2/4; c: 1/4; d: 1/4; e: 1/1
        assertEquals((0.5 + 0.5 + 0.25 + 0.25 + 1) / 5, s.bcubedRecall(), EPS);
        assertEquals(1, s.truePositivePairs());
        assertEquals(2, s.predictedPairs());
        assertEquals(6, s.truePairs());
    }

    @Test
    void identicalGroupingsScoreOneWhateverTheLabels() {
        ClusteringScores s = items("x", "1", "x", "1", "y", "2", "z", "3", "z", "3", "z", "3");
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(1.0, s.pairwisePrecision(), EPS);
        assertEquals(1.0, s.pairwiseRecall(), EPS);
    }

    /** Every item alone: B-cubed precision 1, recall 1/4 for one true cluster of 4; no predicted pair (NaN), F1 0. */
    @Test
    void allSingletons() {
        ClusteringScores s = items("a", "T", "b", "T", "c", "T", "d", "T");
        assertEquals(4, s.predictedClusters());
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(0.25, s.bcubedRecall(), EPS);
        assertEquals(0.4, s.bcubedF1(), EPS);
        assertEquals(0, s.predictedPairs());
        assertTrue(Double.isNaN(s.pairwisePrecision()));
        assertEquals(0.0, s.pairwiseRecall(), EPS);
        assertEquals(0.0, s.pairwiseF1(), EPS); // 2 TP / (0 + 6)
    }

    /** Singletons on both sides: a perfect B-cubed, and no pair at all. */
    @Test
    void singletonsAgainstSingletons() {
        ClusteringScores s = items("a", "1", "b", "2", "c", "3");
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertTrue(Double.isNaN(s.pairwisePrecision()));
        assertTrue(Double.isNaN(s.pairwiseRecall()));
        assertTrue(Double.isNaN(s.pairwiseF1()));
    }

    /** Everything in one cluster over 4 true singletons: B-cubed recall 1, precision 1/4; pairwise precision 0. */
    @Test
    void oneBigCluster() {
        ClusteringScores s = items("all", "1", "all", "2", "all", "3", "all", "4");
        assertEquals(0.25, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(6, s.predictedPairs());
        assertEquals(0.0, s.pairwisePrecision(), EPS);
        assertTrue(Double.isNaN(s.pairwiseRecall()));
        assertEquals(0.0, s.pairwiseF1(), EPS);
    }

    /** One big cluster over two true clusters of 3 and 1: precision (3 * 3/4 + 1/4) / 4 = 5/8, recall 1. */
    @Test
    void oneBigClusterOverTwo() {
        ClusteringScores s = ClusteringScores.fromCells(List.of(new Cell("all", "T1", 3), new Cell("all", "T2", 1)));
        assertEquals(5.0 / 8, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(0.5, s.pairwisePrecision(), EPS);
        assertEquals(1.0, s.pairwiseRecall(), EPS);
    }

    @Test
    void emptyTable() {
        ClusteringScores s = ClusteringScores.fromCells(List.of());
        assertEquals(0, s.items());
        assertEquals(0, s.predictedClusters());
        assertTrue(Double.isNaN(s.bcubedPrecision()));
        assertTrue(Double.isNaN(s.bcubedRecall()));
        assertTrue(Double.isNaN(s.bcubedF1()));
        assertTrue(Double.isNaN(s.pairwisePrecision()));
        assertTrue(Double.isNaN(s.pairwiseRecall()));
    }

    @Test
    void cellsWithTheSameLabelsAddUp() {
        ClusteringScores split = ClusteringScores.fromCells(List.of(new Cell("A", "t1", 2), new Cell("A", "t1", 3),
                new Cell("B", "t2", 2), new Cell("B", "t3", 5)));
        ClusteringScores whole = ClusteringScores.fromCells(List.of(new Cell("A", "t1", 5), new Cell("B", "t2", 2),
                new Cell("B", "t3", 5)));
        assertEquals(whole.toString(), split.toString());
    }

    /** The size classes of Bagga and Baldwin's example written out: the form a distributed job hands over. */
    @Test
    void fromSizeClassesInAnyOrder() {
        ClusteringScores s = ClusteringScores.fromSizeClasses(
                List.of(new SizeClass(7, 1, 4 + 25), new SizeClass(5, 1, 25)),
                List.of(new SizeClass(5, 2, 50), new SizeClass(2, 1, 4)));
        assertEquals(16.0 / 21, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(21.0 / 31, s.pairwisePrecision(), EPS);
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClusteringScores.fromSizeClasses(
                List.of(new SizeClass(5, 1, 25)), List.of(new SizeClass(4, 1, 16))));
        assertThrows(IllegalArgumentException.class, () -> ClusteringScores.fromSizeClasses(
                List.of(new SizeClass(2, 1, 4), new SizeClass(2, 1, 2)), List.of(new SizeClass(4, 1, 6))));
        assertThrows(IllegalArgumentException.class, () -> new SizeClass(3, 1, 10)); // at most 3^2
        assertThrows(IllegalArgumentException.class, () -> new SizeClass(3, 1, 2)); // at least 3 cells of 1
        assertThrows(IllegalArgumentException.class, () -> new Cell("a", "b", 0));
    }

    /** Random groupings of 300 items against the definitions applied item by item and pair by pair. */
    @Test
    void agreesWithBruteForce() {
        SplittableRandom r = new SplittableRandom(21);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(300);
            int predictedLabels = 1 + r.nextInt(n);
            int trueLabels = 1 + r.nextInt(Math.max(1, n / 3));
            int[] p = new int[n];
            int[] t = new int[n];
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                p[i] = r.nextInt(predictedLabels);
                t[i] = r.nextDouble() < 0.7 ? p[i] % trueLabels : r.nextInt(trueLabels); // correlated
                cells.add(new Cell("p" + p[i], "t" + t[i], 1));
            }
            double precision = 0;
            double recall = 0;
            long tp = 0;
            long predictedPairs = 0;
            long truePairs = 0;
            for (int i = 0; i < n; i++) {
                int inP = 0;
                int inT = 0;
                int both = 0;
                for (int j = 0; j < n; j++) {
                    inP += p[i] == p[j] ? 1 : 0;
                    inT += t[i] == t[j] ? 1 : 0;
                    both += p[i] == p[j] && t[i] == t[j] ? 1 : 0;
                    if (j > i) {
                        predictedPairs += p[i] == p[j] ? 1 : 0;
                        truePairs += t[i] == t[j] ? 1 : 0;
                        tp += p[i] == p[j] && t[i] == t[j] ? 1 : 0;
                    }
                }
                precision += both / (double) inP;
                recall += both / (double) inT;
            }
            ClusteringScores s = ClusteringScores.fromCells(cells);
            assertEquals(n, s.items());
            assertEquals(precision / n, s.bcubedPrecision(), 1e-9, "round " + round);
            assertEquals(recall / n, s.bcubedRecall(), 1e-9, "round " + round);
            assertEquals(tp, s.truePositivePairs(), "round " + round);
            assertEquals(predictedPairs, s.predictedPairs(), "round " + round);
            assertEquals(truePairs, s.truePairs(), "round " + round);
            if (predictedPairs > 0 && truePairs > 0) {
                double pp = tp / (double) predictedPairs;
                double pr = tp / (double) truePairs;
                assertEquals(pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr), s.pairwiseF1(), 1e-9, "round " + round);
            }
        }
    }
}
