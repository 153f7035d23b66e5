package org.collabatlas.common.graph;

/**
 * Rough timings of the kernels on seeded community graphs (not a test; run by hand):
 * {@code java -cp common/target/classes:common/target/test-classes org.collabatlas.common.graph.GraphKernelsBenchmark}.
 */
public final class GraphKernelsBenchmark {
    private GraphKernelsBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        brandes(20_000, 40, 400_000);
        sampled(50_000, 100, 1_000_000);
    }

    private static CsrGraph graph(int n, int k, int m) {
        long t0 = System.nanoTime();
        CsrGraph g = CommunityGraphs.generate(n, k, m, 0.8, 3, 20240601L);
        System.out.printf("graph n=%d m=%d (%d draws), %.1f MB of arrays, built in %d ms%n", g.vertexCount(),
                g.edgeCount(), m, g.sizeInBytes() / 1e6, (System.nanoTime() - t0) / 1_000_000);
        return g;
    }

    private static void brandes(int n, int k, int m) throws InterruptedException {
        CsrGraph g = graph(n, k, m);
        for (PathLength length : PathLength.values()) {
            Brandes b = Brandes.on(g).pathLength(length).build();
            b.dependencies(0, 100);
            int sources = length == PathLength.HOPS ? 300 : 150;
            double best1 = Double.MAX_VALUE;
            double best2 = Double.MAX_VALUE;
            for (int rep = 0; rep < 3; rep++) {
                int base = 100 + rep * 3 * sources;
                long t0 = System.nanoTime();
                b.dependencies(base, base + sources);
                best1 = Math.min(best1, (System.nanoTime() - t0) / 1e6 / sources);
                // Two threads, each its own range, as Brandes.run() does.
                long t1 = System.nanoTime();
                Thread a = new Thread(() -> b.dependencies(base + sources, base + 2 * sources));
                Thread c = new Thread(() -> b.dependencies(base + 2 * sources, base + 3 * sources));
                a.start();
                c.start();
                a.join();
                c.join();
                best2 = Math.min(best2, (System.nanoTime() - t1) / 1e6 / (2 * sources));
            }
            System.out.printf("Brandes %s: %.2f ms/source on 1 thread (best of 3 x %d sources) -> all %d sources"
                    + " %.0f s; on 2 threads %.2f ms/source of wall time -> %.0f s%n", length, best1, sources, n,
                    best1 * n / 1000, best2, best2 * n / 1000);
        }
    }

    private static void sampled(int n, int k, int m) {
        CsrGraph g = graph(n, k, m);
        for (int threads : new int[] {1, 2}) {
            long t0 = System.nanoTime();
            SampledBetweenness s = SampledBetweenness.on(g).epsilon(0.01).delta(0.1).seed(1).threads(threads)
                    .build();
            long t1 = System.nanoTime();
            SampledBetweenness.Result r = s.run();
            long t2 = System.nanoTime();
            System.out.printf("sampled eps 0.01 delta 0.1, %d thread(s): VD bound %d, r = %d samples, bound %d ms,"
                    + " sampling %d ms (%.1f us/sample)%n", threads, r.vertexDiameterBound(), r.samples(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t1) / 1e3 / r.samples());
        }
    }
}
