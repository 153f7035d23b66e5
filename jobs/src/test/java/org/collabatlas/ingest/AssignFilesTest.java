package org.collabatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignFilesTest {
    static InputFile f(String name, long bytes) {
        return new InputFile("wos", "/in/" + name, bytes, 0);
    }

    @Test
    void largestFirstToTheLightestPartition() {
        // by size: b 10 -> p0; d 9 -> p1; c 8 -> p1 (9 < 10), now 17; e 5 -> p0, now 15; a 1 -> p0, now 16
        List<InputFile> files = List.of(f("a", 1), f("b", 10), f("c", 8), f("d", 9), f("e", 5));
        assertArrayEquals(new int[] {0, 0, 1, 1, 0}, AssignFiles.assign(files, 2));
    }

    @Test
    void gzipCountsFourTimesItsSize() {
        List<InputFile> files = List.of(f("big.json", 30), f("small.jsonl.gz", 10), f("x.json", 5), f("y.json", 5));
        // weights 30, 40, 5, 5: gz -> p0 (40), big -> p1 (30), x -> p1 (35), y -> p1 (40)
        assertArrayEquals(new int[] {1, 0, 1, 1}, AssignFiles.assign(files, 2));
    }

    @Test
    void morePartitionsThanFilesLeavesSomeEmpty() {
        assertArrayEquals(new int[] {0, 1}, AssignFiles.assign(List.of(f("a", 2), f("b", 1)), 4));
    }

    @Test
    void defaultParsePartitionsFollowCoresAndInputBytes() {
        List<InputFile> few = List.of(f("a", 1000), f("b", 1000));
        assertEquals(2, IngestJob.defaultPartitions(few, 8), "never more than one per file");
        List<InputFile> small = java.util.stream.IntStream.range(0, 100).mapToObj(i -> f("s" + i, 1000)).toList();
        assertEquals(6, IngestJob.defaultPartitions(small, 2), "3 per core");
        // 178 files of 18,500 KiB (a generated 1.77M-paper corpus): 3.14 GiB / 32 MiB = 100.5, so 101 partitions
        List<InputFile> big = java.util.stream.IntStream.range(0, 178)
                .mapToObj(i -> f("g" + i, 18_500L << 10)).toList();
        assertEquals(101, IngestJob.defaultPartitions(big, 2));
        List<InputFile> gz = List.of(f("x.gz", 32L << 20), f("y.gz", 32L << 20), f("z.gz", 32L << 20),
                f("w.gz", 32L << 20), f("v.gz", 32L << 20), f("u.gz", 32L << 20), f("t.gz", 32L << 20),
                f("q.gz", 32L << 20));
        assertEquals(8, IngestJob.defaultPartitions(gz, 1), "gzip counted 4x: 32 partitions' worth, 8 files");
    }
}
