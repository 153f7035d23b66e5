package org.collabatlas.common.graph;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Approximate betweenness by shortest-path sampling with the sample size of Riondato and Kornaropoulos
 * (M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness centrality through sampling", Data Mining
 * and Knowledge Discovery 30(2), 2016), paths drawn by balanced bidirectional BFS (Borassi and Natale, KADABRA,
 * ESA 2016). Hop distances only.
 *
 * <p><b>Estimator</b>: {@code r} samples, each a uniform ordered pair {@code (u, v)}, {@code u != v}, and a
 * uniform shortest {@code u-v} path (none if {@code v} is unreachable); {@code c(w)} counts the samples with
 * {@code w} as an internal vertex. {@code c(w) / r} estimates RK's betweenness, the average of
 * {@code sigma_uv(w) / sigma_uv} over all {@code n(n-1)} ordered pairs.
 *
 * <p><b>Scale</b>: the scores are put on the same scale as {@link Brandes} (NetworkX {@code normalized=True}),
 * whose denominator counts only the {@code (n-1)(n-2)} ordered pairs of vertices other than {@code w}:
 * {@code score(w) = c(w) / r * n / (n - 2)}. So that {@code epsilon} is the error bound on this scale, the
 * sample size is {@link SampleSize#riondatoKornaropoulos} at {@code epsilon * (n - 2) / n}: with probability at
 * least {@code 1 - delta}, {@code |score(w) - Brandes(w)| <= epsilon} for every {@code w} at once.
 *
 * <p><b>Vertex diameter</b>: {@link VertexDiameter#upperBound} (one BFS per connected component, sum of the two
 * largest distances plus one); pairs in different components are sampled too and contribute nothing, as in the
 * definition.
 *
 * <p><b>Determinism and distribution</b>: sample {@code i} uses its own {@code SplittableRandom} seeded from
 * {@code (seed, i)}, and counts are integers, so {@link #counts(long, long)} over any split of {@code [0, r)},
 * summed in any order, equals one run over {@code [0, r)} exactly, and {@link #run()} gives the same bits on any
 * number of threads. Spark tasks take ranges of sample indices and return count arrays; sum them and call
 * {@link #scores}.
 */
public final class SampledBetweenness {
    private final CsrGraph graph;
    private final double epsilon;
    private final double delta;
    private final long seed;
    private final int threads;
    private final int vertexDiameterBound;
    private final long samples;

    /**
     * Scores and how they were made: state these on every output row.
     *
     * @param scores              estimated normalised betweenness per vertex (the {@link Brandes} scale)
     * @param samples             number of sampled paths {@code r}
     * @param epsilon             absolute error bound on the scores' scale
     * @param delta               probability that the bound fails for some vertex
     * @param vertexDiameterBound the vertex-diameter upper bound used in the sample size
     * @param seed                the seed of the sampler
     */
    public record Result(double[] scores, long samples, double epsilon, double delta, int vertexDiameterBound,
                         long seed) {
    }

    private SampledBetweenness(Builder b) {
        this.graph = b.graph;
        this.epsilon = b.epsilon;
        this.delta = b.delta;
        this.seed = b.seed;
        this.threads = b.threads;
        int n = graph.vertexCount();
        this.vertexDiameterBound = VertexDiameter.upperBound(graph);
        this.samples = n <= 2 ? 0
                : SampleSize.riondatoKornaropoulos(epsilon * (n - 2) / n, delta, vertexDiameterBound);
    }

    public static Builder on(CsrGraph graph) {
        return new Builder(graph);
    }

    /** The number of samples {@code r} this configuration draws. */
    public long sampleCount() {
        return samples;
    }

    public int vertexDiameterBound() {
        return vertexDiameterBound;
    }

    /** All {@link #sampleCount()} samples on the configured threads, as scores with their provenance. */
    public Result run() {
        int t = (int) Math.max(1, Math.min(threads, samples));
        List<long[]> partial = Lanes.run(t, "sampled-betweenness",
                lane -> counts(samples * lane / t, samples * (lane + 1) / t));
        long[] total = new long[graph.vertexCount()];
        for (long[] p : partial) {
            for (int v = 0; v < total.length; v++) {
                total[v] += p[v];
            }
        }
        return new Result(scores(total), samples, epsilon, delta, vertexDiameterBound, seed);
    }

    /** Internal-vertex counts of samples {@code [from, to)}: the partial result of one task. */
    public long[] counts(long from, long to) {
        if (from < 0 || to > samples || from > to) {
            throw new IllegalArgumentException("sample range [" + from + ", " + to + ") not within [0, " + samples
                    + ")");
        }
        int n = graph.vertexCount();
        long[] counts = new long[n];
        if (from == to) {
            return counts;
        }
        ShortestPathSampler sampler = new ShortestPathSampler(graph);
        for (long i = from; i < to; i++) {
            SplittableRandom rng = new SplittableRandom(sampleSeed(seed, i));
            int u = rng.nextInt(n);
            int v = rng.nextInt(n - 1);
            if (v >= u) {
                v++;
            }
            sampler.sample(u, v, rng, counts);
        }
        return counts;
    }

    /** Scores on the {@link Brandes} scale from the summed counts of all {@link #sampleCount()} samples. */
    public double[] scores(long[] counts) {
        int n = graph.vertexCount();
        double[] out = new double[counts.length];
        if (samples == 0) {
            return out;
        }
        double scale = (double) n / ((double) (n - 2) * samples);
        for (int v = 0; v < counts.length; v++) {
            out[v] = counts[v] * scale;
        }
        return out;
    }

    /** The seed of sample {@code i}'s generator: a 64-bit mix of the run seed and the index. */
    static long sampleSeed(long seed, long i) {
        return mix64(seed ^ mix64(i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static final class Builder {
        private final CsrGraph graph;
        private double epsilon = 0.01;
        private double delta = 0.1;
        private long seed = 1L;
        private int threads = 1;

        private Builder(CsrGraph graph) {
            this.graph = Arguments.graph(graph);
        }

        /** Absolute error bound on the normalised scale, in (0, 1); default 0.01. */
        public Builder epsilon(double epsilon) {
            this.epsilon = Arguments.inOpenUnitInterval("epsilon", epsilon);
            return this;
        }

        /** Failure probability of the bound, in (0, 1); default 0.1. */
        public Builder delta(double delta) {
            this.delta = Arguments.inOpenUnitInterval("delta", delta);
            return this;
        }

        /** Seed of the sampler (from config); default 1. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads used by {@link SampledBetweenness#run()}; the result does not depend on it. Default 1. */
        public Builder threads(int threads) {
            this.threads = Arguments.atLeastOne("threads", threads);
            return this;
        }

        public SampledBetweenness build() {
            return new SampledBetweenness(this);
        }
    }
}
