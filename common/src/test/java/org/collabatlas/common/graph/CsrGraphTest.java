package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class CsrGraphTest {
    private static int[] row(CsrGraph g, int v) {
        int[] out = new int[g.degree(v)];
        for (int i = g.start(v); i < g.end(v); i++) {
            out[i - g.start(v)] = g.neighbour(i);
        }
        return out;
    }

    @Test
    void rowsAreSortedAndSymmetric() {
        CsrGraph g = NamedGraphs.barbell();
        assertEquals(6, g.vertexCount());
        assertEquals(7, g.edgeCount());
        assertArrayEquals(new int[] {0, 1, 3}, row(g, 2));
        assertArrayEquals(new int[] {2, 4, 5}, row(g, 3));
        assertArrayEquals(new int[] {1, 2}, row(g, 0));
    }

    @Test
    void duplicateEdgesInEitherDirectionAreMergedWithWeightsSummed() {
        CsrGraph g = CsrGraph.fromEdges(3, new int[] {0, 1, 0, 2}, new int[] {1, 0, 1, 1},
                new double[] {1, 2, 0.5, 3});
        assertEquals(2, g.edgeCount());
        // degree counts distinct partners: 0 has {1}; 1 has {0, 2}
        assertEquals(1, g.degree(0));
        assertEquals(2, g.degree(1));
        // strength of 0: 1 + 2 + 0.5; of 1: 3.5 + 3
        assertEquals(3.5, g.strength(0));
        assertEquals(6.5, g.strength(1));
        assertEquals(3.0, g.strength(2));
    }

    @Test
    void isolatedVerticesHaveEmptyRows() {
        CsrGraph g = NamedGraphs.edgeAndIsolated();
        assertEquals(0, g.degree(2));
        assertEquals(0, g.degree(3));
        assertEquals(0.0, g.strength(3));
        assertEquals(0, CsrGraph.fromEdges(0, new int[0], new int[0]).vertexCount());
    }

    @Test
    void rejectsBadEdgesWithTheirIndex() {
        IllegalArgumentException loop = assertThrows(IllegalArgumentException.class,
                () -> NamedGraphs.of(3, 0, 1, 2, 2));
        assertTrue(loop.getMessage().contains("edge 1 is a self-loop on vertex 2"), loop.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NamedGraphs.of(3, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> NamedGraphs.of(3, -1, 0));
        for (double bad : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CsrGraph.fromEdges(2, new int[] {0}, new int[] {1}, new double[] {bad}));
            assertTrue(e.getMessage().contains("weight"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> CsrGraph.fromEdges(2, new int[] {0}, new int[] {1, 0}));
    }

    @Test
    void serializesForBroadcast() throws IOException, ClassNotFoundException {
        CsrGraph g = NamedGraphs.weightedShortcut();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(g);
        }
        CsrGraph back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (CsrGraph) in.readObject();
        }
        assertEquals(g.vertexCount(), back.vertexCount());
        assertArrayEquals(g.offsets, back.offsets);
        assertArrayEquals(g.neighbours, back.neighbours);
        assertArrayEquals(g.weights, back.weights);
        // 5 offsets x 4 bytes + 4 edges x 24 bytes
        assertEquals(20 + 96, g.sizeInBytes());
    }
}
