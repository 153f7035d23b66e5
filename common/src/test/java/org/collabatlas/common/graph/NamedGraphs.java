package org.collabatlas.common.graph;

/** Small graphs with answers known by hand; each test states its hand computation. */
final class NamedGraphs {
    private NamedGraphs() {
    }

    static CsrGraph of(int n, int... pairs) {
        int[] src = new int[pairs.length / 2];
        int[] dst = new int[pairs.length / 2];
        for (int i = 0; i < src.length; i++) {
            src[i] = pairs[2 * i];
            dst[i] = pairs[2 * i + 1];
        }
        return CsrGraph.fromEdges(n, src, dst);
    }

    /** Path 0-1-2-3-4. */
    static CsrGraph path5() {
        return of(5, 0, 1, 1, 2, 2, 3, 3, 4);
    }

    /** Star on 5 vertices: centre 0, leaves 1..4 (NetworkX {@code star_graph(4)}). */
    static CsrGraph star5() {
        return of(5, 0, 1, 0, 2, 0, 3, 0, 4);
    }

    static CsrGraph triangle() {
        return of(3, 0, 1, 1, 2, 0, 2);
    }

    static CsrGraph k4() {
        return of(4, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3);
    }

    /** Triangles {0,1,2} and {3,4,5} joined by the bridge 2-3 (NetworkX {@code barbell_graph(3, 0)}). */
    static CsrGraph barbell() {
        return of(6, 0, 1, 0, 2, 1, 2, 3, 4, 3, 5, 4, 5, 2, 3);
    }

    /** Path 0-1-2 and a separate edge 3-4. */
    static CsrGraph twoComponents() {
        return of(5, 0, 1, 1, 2, 3, 4);
    }

    static CsrGraph singleEdge() {
        return of(2, 0, 1);
    }

    /** Edge 0-1 and isolated vertices 2 and 3. */
    static CsrGraph edgeAndIsolated() {
        return of(4, 0, 1);
    }

    /**
     * Triangle 0-1-3 with weights w(0,1) = 4, w(1,3) = 4, w(0,3) = 1, and a pendant 2 on 3 with w(3,2) = 1.
     * Distances 1/w: d(0,3) = 1 directly but 0.25 + 0.25 = 0.5 through 1.
     */
    static CsrGraph weightedShortcut() {
        return CsrGraph.fromEdges(4, new int[] {0, 1, 0, 3}, new int[] {1, 3, 3, 2}, new double[] {4, 4, 1, 1});
    }

    /**
     * Square 0-1-2-3-0 with w(0,1) = w(1,2) = 2 and w(2,3) = w(3,0) = 1. Distances 1/w: d(0,2) = 0.5 + 0.5 = 1
     * through 1 but 2 through 3; d(1,3) = 0.5 + 1 = 1.5 through 0 and through 2, an exact tie.
     */
    static CsrGraph weightedSquare() {
        return CsrGraph.fromEdges(4, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0}, new double[] {2, 2, 1, 1});
    }
}
