package org.collabatlas.common.uncertainty;

import java.util.SplittableRandom;

/**
 * The paper-level Poisson bootstrap of a slice's country graph.
 *
 * <p><b>Definition</b>: replicate {@code b} gives every paper of the slice an independent Poisson(1) weight
 * (how many times it is in the replicate) and computes the metrics on the graph those papers make. Papers with
 * the same country set are interchangeable for the graph, and a sum of {@code c} independent Poisson(1) counts
 * is Poisson({@code c}), so the replicate draws, for each signature {@code s} with {@code c_s} papers, one
 * Poisson({@code c_s}) count, in signature order, from {@link ReplicateSeeds#generator(long, String, int)}:
 * exactly the distribution of the per-paper scheme, at {@code O(signatures)} cost.
 *
 * <p><b>Why Poisson and not multinomial</b> (resampling exactly {@code N} papers with replacement): per-paper
 * weights are independent, so signatures are drawn independently (no sequential binomials over {@code N}),
 * papers without any country do not need to be counted or drawn (they change neither graph), and the scheme is
 * the one used for bootstrapping distributed data (J. Hanley and B. MacGibbon, "Creating non-parametric bootstrap
 * samples using Poisson frequencies", Computer Methods and Programs in Biomedicine 83, 2006; N. Chamandy et al.,
 * "Estimating uncertainty for massive data streams", Google, 2012). The replicate size varies as
 * Poisson({@code N}) instead of being fixed; for slices of hundreds of papers or more the two bootstraps agree
 * to {@code O(1/N)}.
 */
public final class PaperBootstrap {
    private PaperBootstrap() {
    }

    /** The signature counts of replicate {@code replicate} of slice {@code slice}. */
    public static long[] resample(Signatures signatures, long seed, String slice, int replicate) {
        SplittableRandom rng = ReplicateSeeds.generator(seed, slice, replicate);
        long[] c = signatures.counts();
        long[] out = new long[c.length];
        for (int s = 0; s < c.length; s++) {
            out[s] = Poisson.draw(c[s], rng);
        }
        return out;
    }

    /** The metrics of replicate {@code replicate}. */
    public static ReplicateMetrics.Values replicate(Signatures signatures, ReplicateMetrics metrics, long seed,
                                                   String slice, int replicate) {
        return metrics.compute(signatures, resample(signatures, seed, slice, replicate));
    }

    /** The metrics of the full data (every signature at its own count): the estimate. */
    public static ReplicateMetrics.Values estimate(Signatures signatures, ReplicateMetrics metrics) {
        return metrics.compute(signatures, signatures.counts());
    }
}
