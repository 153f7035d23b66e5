package org.collabatlas.common.graph;

/**
 * The sample size of Riondato and Kornaropoulos (M. Riondato, E. M. Kornaropoulos, "Fast approximation of
 * betweenness centrality through sampling", Data Mining and Knowledge Discovery 30(2), 2016, Theorem 2 with the
 * universal constant {@code c = 0.5}):
 *
 * <pre>  r = ceil( (c / eps^2) * ( floor(log2(VD - 2)) + 1 + ln(1 / delta) ) )</pre>
 *
 * <p>With {@code r} shortest paths sampled uniformly (uniform ordered pair {@code u != v}, then a uniform
 * shortest {@code u-v} path), the fraction of samples with {@code v} as an internal vertex is within {@code eps}
 * of {@code v}'s true betweenness (as a fraction of the {@code n(n-1)} ordered pairs) for all {@code v}
 * simultaneously, with probability at least {@code 1 - delta}. {@code VD} is (an upper bound on) the vertex
 * diameter, the number of vertices on a longest shortest path. When {@code VD < 3} no vertex can be internal to
 * a shortest path; the term {@code floor(log2(VD - 2))} is then taken as 0, which keeps {@code r} conservative.
 */
public final class SampleSize {
    /** The universal constant of the VC-dimension bound, as Riondato and Kornaropoulos use it. */
    public static final double C = 0.5;

    private SampleSize() {
    }

    /** The sample size {@code r} for error {@code eps}, failure probability {@code delta} and vertex diameter. */
    public static long riondatoKornaropoulos(double eps, double delta, long vertexDiameter) {
        Arguments.inOpenUnitInterval("epsilon", eps);
        Arguments.inOpenUnitInterval("delta", delta);
        Arguments.atLeastOne("vertex diameter", vertexDiameter);
        long inner = Math.max(1, vertexDiameter - 2);
        int floorLog2 = 63 - Long.numberOfLeadingZeros(inner);
        double r = (C / (eps * eps)) * (floorLog2 + 1 + Math.log(1 / delta));
        return (long) Math.ceil(r);
    }
}
