package org.collabatlas.centrality;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.collabatlas.common.graph.Brandes;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.common.graph.PathLength;
import org.collabatlas.common.graph.SampledBetweenness;

/**
 * Betweenness spread over Spark tasks: the graph's CSR arrays are broadcast once; each task runs the pure kernels
 * of {@code org.collabatlas.common.graph} over its share (a range of Brandes sources, or a range of sample
 * indices), and the partial arrays are summed on the driver in task order, so the result does not depend on
 * scheduling. Exact sums of doubles may differ in the last bits between different task counts; sampled counts are
 * integers and are identical however they are split.
 */
final class DistributedBetweenness {
    private DistributedBetweenness() {
    }

    /** Exact Brandes betweenness, NetworkX-normalised. */
    static double[] exact(JavaSparkContext sc, CsrGraph graph, PathLength length, int tasks) {
        int n = graph.vertexCount();
        Broadcast<CsrGraph> g = sc.broadcast(graph);
        List<int[]> ranges = split(n, tasks);
        List<double[]> partials = sc.parallelize(ranges, ranges.size())
                .map(r -> Brandes.on(g.value()).pathLength(length).build().dependencies(r[0], r[1]))
                .collect();
        g.destroy();
        double[] sum = new double[n];
        for (double[] p : partials) {
            for (int v = 0; v < n; v++) {
                sum[v] += p[v];
            }
        }
        return Brandes.normalise(sum, n);
    }

    /** Sampled betweenness (Riondato-Kornaropoulos sample size, bidirectional path sampling). */
    static SampledBetweenness.Result sampled(JavaSparkContext sc, CsrGraph graph, double epsilon, double delta,
                                             long seed, int tasks) {
        SampledBetweenness sampler = SampledBetweenness.on(graph).epsilon(epsilon).delta(delta).seed(seed).build();
        long r = sampler.sampleCount();
        Broadcast<CsrGraph> g = sc.broadcast(graph);
        List<long[]> ranges = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            long from = r * t / tasks;
            long to = r * (t + 1) / tasks;
            if (to > from) {
                ranges.add(new long[] {from, to});
            }
        }
        List<long[]> partials = sc.parallelize(ranges, Math.max(1, ranges.size()))
                .map(x -> SampledBetweenness.on(g.value()).epsilon(epsilon).delta(delta).seed(seed).build()
                        .counts(x[0], x[1]))
                .collect();
        g.destroy();
        long[] counts = new long[graph.vertexCount()];
        for (long[] p : partials) {
            for (int v = 0; v < counts.length; v++) {
                counts[v] += p[v];
            }
        }
        return new SampledBetweenness.Result(sampler.scores(counts), r, epsilon, delta,
                sampler.vertexDiameterBound(), seed);
    }

    private static List<int[]> split(int n, int tasks) {
        List<int[]> out = new ArrayList<>();
        int t = Math.max(1, Math.min(tasks, n));
        for (int i = 0; i < t; i++) {
            int from = (int) ((long) n * i / t);
            int to = (int) ((long) n * (i + 1) / t);
            if (to > from) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }
}
