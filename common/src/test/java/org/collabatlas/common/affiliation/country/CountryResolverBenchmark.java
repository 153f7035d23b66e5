package org.collabatlas.common.affiliation.country;

import java.util.List;

/**
 * Throughput of {@link CountryResolver#resolve} on one thread: the crossref affiliation strings of
 * {@code ../shared/data} repeated to one million calls (not a test; run its {@code main} by hand).
 */
public final class CountryResolverBenchmark {
    private static final int CALLS = 1_000_000;

    private CountryResolverBenchmark() {
    }

    public static void main(String[] args) {
        List<String> strings = RealData.crossref(new int[1]).stream().map(RealData.Labelled::affiliation).toList();
        CountryResolver resolver = CountryResolver.create();
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            int resolved = 0;
            for (int i = 0; i < CALLS; i++) {
                if (resolver.resolve(strings.get(i % strings.size()), null).resolved()) {
                    resolved++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d calls in %.2f s = %.0f strings/s (resolved %d)%n", round, CALLS, seconds,
                    CALLS / seconds, resolved);
        }
    }
}
