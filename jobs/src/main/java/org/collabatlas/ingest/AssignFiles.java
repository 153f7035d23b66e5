package org.collabatlas.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Spreads input files over a number of Spark partitions so that each gets about the same number of bytes: the
 * largest files first, each to the partition with the fewest bytes so far (ties to the lowest index). Gzip files
 * count {@value #GZIP_FACTOR} times their size (they inflate to about that much text). Deterministic: the same
 * files give the same assignment.
 */
final class AssignFiles {
    static final int GZIP_FACTOR = 4;

    private AssignFiles() {
    }

    /** The partition of each file, in the order of {@code files}. */
    static int[] assign(List<InputFile> files, int partitions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -weight(files.get(i))).thenComparing(i -> i));
        PriorityQueue<long[]> load = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        for (int p = 0; p < partitions; p++) {
            load.add(new long[] {0, p});
        }
        int[] out = new int[files.size()];
        for (int i : order) {
            long[] least = load.poll();
            out[i] = (int) least[1];
            least[0] += Math.max(1, weight(files.get(i)));
            load.add(least);
        }
        return out;
    }

    static long weight(InputFile f) {
        return f.path().endsWith(".gz") ? f.bytes() * GZIP_FACTOR : f.bytes();
    }
}
