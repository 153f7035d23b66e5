package org.collabatlas.common.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.common.graph.CsrGraph;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    /** Papers {US,JP} x2 (one given with a duplicate country), {JP,CN,US}, {FR}: 4 countries, 3 sets. */
    static Signatures fourPapers() {
        return Signatures.of(List.of(List.of("US", "JP"), List.of("JP", "US", "US"), List.of("JP", "CN", "US"),
                List.of("FR")), new long[] {1, 1, 1, 1});
    }

    @Test
    void equalSetsMergeAndVerticesAreSortedIds() {
        Signatures s = fourPapers();
        assertArrayEquals(new String[] {"CN", "FR", "JP", "US"}, s.ids());
        assertEquals(3, s.size());
        assertEquals(4, s.papers());
        // canonical order of the sets: [CN, JP, US] < [FR] < [JP, US]
        assertArrayEquals(new int[] {0, 2, 3}, s.members(0));
        assertArrayEquals(new int[] {1}, s.members(1));
        assertArrayEquals(new int[] {2, 3}, s.members(2));
        assertArrayEquals(new long[] {1, 1, 2}, s.counts());
        assertEquals(3, s.pairCount());
        assertEquals(s, Signatures.of(List.of(List.of("FR"), List.of("CN", "JP", "US"), List.of("JP", "US")),
                new long[] {1, 1, 2}));
    }

    /**
     * Full counting: JP-US 3 papers, CN-JP 1, CN-US 1; fractional: the triple paper gives 1/3 to each of its three
     * pairs, so JP-US 2 + 1/3, CN-JP 1/3, CN-US 1/3. FR is an isolated vertex.
     */
    @Test
    void fullAndFractionalWeightsAsTheGraphStageDefinesThem() {
        Signatures s = fourPapers();
        CsrGraph full = s.graph(s.counts(), Counting.FULL);
        assertEquals(4, full.vertexCount());
        assertEquals(3, full.edgeCount());
        assertEquals(2.0, full.strength(0)); // CN
        assertEquals(0.0, full.strength(1)); // FR
        assertEquals(4.0, full.strength(2)); // JP
        assertEquals(4.0, full.strength(3)); // US
        CsrGraph frac = s.graph(s.counts(), Counting.FRACTIONAL);
        assertEquals(2.0 / 3, frac.strength(0), 1e-15);
        assertEquals(2 + 2.0 / 3, frac.strength(2), 1e-15);
    }

    /** Without the triple paper, CN keeps its vertex but has no edge; pairs of weight 0 are not edges. */
    @Test
    void aReplicateKeepsTheVertexSetAndDropsZeroWeightPairs() {
        Signatures s = fourPapers();
        CsrGraph g = s.graph(new long[] {0, 3, 5}, Counting.FULL);
        assertEquals(4, g.vertexCount());
        assertEquals(1, g.edgeCount());
        assertEquals(0, g.degree(0));
        assertEquals(5.0, g.strength(3));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Signatures.of(List.of(List.of()), new long[] {1})).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Signatures.of(List.of(List.of("US")), new long[] {0})).getMessage().contains("count 0"));
        assertThrows(IllegalArgumentException.class, () -> Signatures.of(List.of(List.of("US")), new long[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> fourPapers().graph(new long[] {1, -1, 1}, Counting.FULL));
    }
}
