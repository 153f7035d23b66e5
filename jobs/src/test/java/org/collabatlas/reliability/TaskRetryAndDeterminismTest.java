package org.collabatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.run.StageId;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.collabatlas.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the sample corpus (all five formats), with CSV exports, three times:
 * <ol>
 *   <li>clean, 8 shuffle partitions (the reference: the sample fixture, {@link Fixtures#sample});</li>
 *   <li>clean, 1 shuffle partition: the same Parquet content exactly (no tolerance) and byte-identical CSV exports;</li>
 *   <li>8 partitions with the first attempt of every task that reads or writes a file failing
 *       ({@link TaskFaultFileSystem}, inputs and output on {@code faultfs://}; the test session retries tasks as a
 *       cluster does): every stage loses task attempts, the run succeeds, and every table and export equals the
 *       reference exactly (the input paths it records are the reference's under the {@code faultfs} scheme).</li>
 * </ol>
 */
@ExtendWith(SparkTestSession.class)
class TaskRetryAndDeterminismTest {
    @TempDir
    static Path tmp;
    static Path reference;
    static Cli onePartition;
    static Cli faulty;
    static Set<String> failedFiles;

    @BeforeAll
    static void runTwiceMore() {
        SparkSession spark = SparkTestSession.get();
        spark.sparkContext().hadoopConfiguration().set("fs.faultfs.impl", TaskFaultFileSystem.class.getName());
        spark.sparkContext().hadoopConfiguration().setBoolean("fs.faultfs.impl.disable.cache", true);
        reference = Fixtures.sample().runDir();
        onePartition = Cli.run(Cli.sample(settings("file://" + tmp.resolve("one"), "1")));
        // inputs and output through faultfs://, the first attempt of every task that opens a file failing
        Path sample = Path.of("conf/sample-corpus").toAbsolutePath();
        StringBuilder inputs = new StringBuilder("ingest.inputs=[");
        String[][] formats = {{"ieee-xplore-api", "ieee"}, {"acm-dl", "acm"}, {"wos", "wos"}, {"scopus", "scopus"},
            {"openalex", "openalex"}};
        for (int i = 0; i < formats.length; i++) {
            inputs.append(i > 0 ? "," : "").append("{format=").append(formats[i][0]).append(",path=\"")
                    .append("faultfs://").append(sample.resolve(formats[i][1])).append("\"}");
        }
        TaskFaultFileSystem.FAILED.clear();
        TaskFaultFileSystem.enabled = true;
        try {
            faulty = Cli.run(settings("faultfs://" + tmp.resolve("faulty"), "8", "--set",
                    "generate.before-ingest=false", "--set", inputs.append(']').toString()));
        } finally {
            TaskFaultFileSystem.enabled = false;
        }
        failedFiles = new TreeSet<>(TaskFaultFileSystem.FAILED);
    }

    /** The sample fixture's settings ({@link Fixtures#SAMPLE_SETTINGS}) into {@code outputDir} ({@code more} last). */
    private static String[] settings(String outputDir, String partitions, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("pipeline", "--run-id", "r", "--set",
                "output.dir=" + outputDir, "--set", "spark.shuffle-partitions=" + partitions));
        args.addAll(Fixtures.SAMPLE_SETTINGS);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Path run(String name) {
        return name.equals("ref") ? reference : tmp.resolve(name).resolve("runs/r");
    }

    /** The faulty run's recorded input paths are the reference's under the faultfs scheme. */
    private static String sameScheme(String s) {
        return s.startsWith("faultfs:") ? "file:" + s.substring("faultfs:".length()) : s;
    }

    @Test
    void everyRunSucceeded() {
        assertEquals(0, onePartition.exitCode(), onePartition.err());
        assertEquals(0, faulty.exitCode(), faulty.err());
        assertEquals("succeeded", Cli.json(run("faulty").resolve("_run.json")).get("status").asText());
    }

    @Test
    void oneAndEightPartitionsGiveTheSameParquetContentExactly(SparkSession spark) {
        int n = Tables.assertRunsEqual(spark, run("ref"), run("one"), 0.0);
        assertTrue(n >= 10, n + " tables");
    }

    @Test
    void oneAndEightPartitionsGiveByteIdenticalCsvExports() throws IOException {
        assertExportsIdentical(run("ref"), run("one"));
    }

    @Test
    void everyStageLostTaskAttemptsToInjectedFaults() {
        Path faultyRun = run("faulty");
        for (StageId stage : StageId.ORDER) {
            String dir = faultyRun.resolve(stage.id()).toString() + "/";
            if (Files.isDirectory(run("ref").resolve(stage.id()))) {
                assertTrue(failedFiles.stream().anyMatch(f -> f.startsWith(dir)),
                        "no injected fault while " + stage.id() + " wrote its tables: " + failedFiles);
            }
        }
        String inputs = Path.of("conf/sample-corpus").toAbsolutePath() + "/";
        assertTrue(failedFiles.stream().anyMatch(f -> f.startsWith(inputs)), "no injected fault reading inputs");
        System.out.println("TaskRetryAndDeterminismTest: " + failedFiles.size() + " files failed on a first attempt");
    }

    @Test
    void aRunWithRetriedTasksEqualsTheCleanRunExactly(SparkSession spark) throws IOException {
        int n = Tables.assertRunsEqual(spark, run("ref"), run("faulty"), 0.0, TaskRetryAndDeterminismTest::sameScheme);
        assertTrue(n >= 10, n + " tables");
        assertExportsIdentical(run("ref"), run("faulty"));
        assertEquals(Cli.json(run("ref").resolve("ingest/_run.json")).get("counts"),
                Cli.json(run("faulty").resolve("ingest/_run.json")).get("counts"));
    }

    private static void assertExportsIdentical(Path expectedRun, Path actualRun) throws IOException {
        List<Path> expected = csvFiles(expectedRun.resolve("export"));
        assertEquals(expected.stream().map(p -> expectedRun.relativize(p).toString()).toList(),
                csvFiles(actualRun.resolve("export")).stream().map(p -> actualRun.relativize(p).toString()).toList());
        assertTrue(expected.size() >= 4, "CSV exports: " + expected);
        for (Path e : expected) {
            Path a = actualRun.resolve(expectedRun.relativize(e));
            assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(a), a + " differs from " + e);
        }
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
