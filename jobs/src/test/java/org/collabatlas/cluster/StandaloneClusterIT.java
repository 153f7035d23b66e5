package org.collabatlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The job jar on a real multi-process Spark cluster: a standalone master and two workers (separate JVMs on
 * 127.0.0.1, from a Spark home assembled by {@code deploy/bin/spark-home}), the full pipeline submitted in client
 * mode by {@code deploy/bin/submit --master spark://127.0.0.1:PORT} over the sample corpus (every input format,
 * every stage and level, CSV exports). Once the graph stage has started, worker 2 and its executor are killed with
 * SIGKILL (executor loss); the run completes on the remaining worker. Every table must equal the same pipeline run
 * locally ({@link Fixtures#sample}, made in-process on the tests' embedded Spark and shared with the other tests)
 * row by row after sorting, exactly (floating values included), and the CSV exports must be byte-identical. (The
 * same pipeline over all of {@code ../shared/data} is checked in-process by {@code SharedDataPipelineTest}, and the
 * independence of the tables from partitioning and task retries by {@code TaskRetryAndDeterminismTest}.)
 *
 * <p>A driver crash, side by side with the cluster run: {@code deploy/bin/collab-atlas pipeline} over the sample
 * corpus is killed with SIGKILL in the middle of the resolve stage, then resumed with {@code --resume} to the end.
 * After the kill {@code latest} still names the previous complete run and the interrupted stage has no commit
 * marker; the finished run equals the sample fixture ({@link Fixtures#sample}) exactly. (A crash between stages, a
 * half-written stage and changed inputs are resumed in-process by {@code RecomputeTest}.)
 *
 * <p>Runs in the {@code integration-test} phase ({@code mvn verify}), after {@code package} has built the job jar.
 */
@ExtendWith(SparkTestSession.class)
class StandaloneClusterIT {
    /** Local and cluster runs must give the same Parquet content exactly (and byte-identical CSV exports). */
    static final double TOLERANCE = 0.0;
    /** Per process (local run, cluster run); -Dcollabatlas.it.timeout.minutes. */
    static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("collabatlas.it.timeout.minutes", 60));

    @TempDir
    static Path tmp;
    static Path root;
    static Fixtures.Run localReference;
    static Path clusterRun;
    static Path resumedRun;
    static String latestAfterCrash;
    static boolean interruptedStageCommitted;
    static int[] appsPerWorker = new int[2];

    @BeforeAll
    static void runBoth() throws Exception {
        root = Path.of(System.getProperty("collabatlas.root")).toAbsolutePath();
        Path jar = jobJar(root);
        List<String> clusterSettings = sampleSettings();

        // the cluster sequence and the local crash sequence are separate processes writing to their own
        // directories, run side by side while this JVM makes (or finds) the in-process references
        java.util.concurrent.ExecutorService sequences = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> localRuns = sequences.submit(() -> {
                List<String> crash = new ArrayList<>(List.of(root.resolve("deploy/bin/collab-atlas").toString(),
                        "pipeline", "--run-id", "crash", "--set", "output.dir=" + tmp.resolve("out-local")));
                crash.addAll(sampleSettings());
                Map<String, String> localEnv = Map.of("COLLAB_ATLAS_HEAP", "2g", "SPARK_LOCAL_IP", "127.0.0.1");
                Files.createDirectories(tmp.resolve("out-local"));
                Files.writeString(tmp.resolve("out-local/latest"), "previous\n");
                resumedRun = tmp.resolve("out-local/runs/crash");
                // the resolve directory appears with its first table's write (a stage's _run.json is written at
                // its end): SIGKILL then, mid-stage
                killWhen(crash, localEnv, tmp.resolve("crash-1.log"), resumedRun.resolve("resolve"));
                latestAfterCrash = Files.readString(tmp.resolve("out-local/latest"));
                interruptedStageCommitted = Files.exists(resumedRun.resolve("resolve/_SUCCESS"));
                List<String> resume = new ArrayList<>(crash);
                resume.set(resume.indexOf("--run-id"), "--resume");
                exec(resume, localEnv, tmp.resolve("crash-2.log"));
                return null;
            });
            java.util.concurrent.Future<?> clusterRuns = sequences.submit(() -> {
                Path home = tmp.resolve("spark-home");
                exec(List.of(root.resolve("deploy/bin/spark-home").toString(), home.toString()), Map.of(),
                        tmp.resolve("spark-home.log"));
                try (StandaloneCluster cluster = new StandaloneCluster(home, root,
                        Files.createDirectories(tmp.resolve("c")))) {
                    cluster.start(2, 1, "1536m");
                    List<String> submit = new ArrayList<>(List.of(root.resolve("deploy/bin/submit").toString(),
                            "--master", cluster.masterUrl(), "--deploy-mode", "client", "--driver-memory", "1536m",
                            "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2",
                            "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                            "--jar", jar.toString(), "pipeline", "--run-id", "cluster",
                            "--set", "output.dir=" + tmp.resolve("out-cluster")));
                    submit.addAll(clusterSettings);
                    clusterRun = tmp.resolve("out-cluster/runs/cluster");
                    Process p = start(submit, cluster.environment(), tmp.resolve("submit.log"));
                    try {
                        // executor loss: worker 2 (and its executor) killed once the graph stage has started
                        awaitFile(p, clusterRun.resolve("resolve/_SUCCESS"), tmp.resolve("submit.log"));
                        for (int i = 0; i < 2; i++) {
                            try (Stream<Path> apps = Files.list(cluster.workDir(i + 1))) {
                                appsPerWorker[i] = (int) apps.filter(a -> a.getFileName().toString()
                                        .startsWith("app-")).count();
                            }
                        }
                        awaitFile(p, clusterRun.resolve("graph"), tmp.resolve("submit.log"));
                        cluster.killWorker(2);
                        await(p, submit, tmp.resolve("submit.log"));
                    } finally {
                        StandaloneCluster.killTree(p.toHandle());
                    }
                }
                return null;
            });
            localReference = Fixtures.sample();
            localRuns.get();
            clusterRuns.get();
        } finally {
            sequences.shutdownNow();
        }
    }

    /** The sample fixture's settings, as a command line (after the command; paths relative to the root). */
    static List<String> sampleSettings() {
        List<String> s = new ArrayList<>(Fixtures.SAMPLE_SETTINGS);
        s.addAll(List.of(Cli.SAMPLE));
        return s;
    }

    @Test
    void aDriverKilledMidStageResumesToTheCleanResult(SparkSession spark) {
        assertEquals("previous\n", latestAfterCrash, "latest after the crash");
        assertFalse(interruptedStageCommitted, "the interrupted stage has no commit marker");
        assertEquals("crash\n", readString(tmp.resolve("out-local/latest")));
        assertEquals("succeeded", Cli.json(resumedRun.resolve("_run.json")).get("status").asText());
        int n = Tables.assertRunsEqual(spark, localReference.runDir(), resumedRun, 0.0);
        System.out.println("driver killed mid-stage and resumed: " + n + " tables equal to the clean run");
    }

    @Test
    void aRunThatLosesAWorkerMidPipelineEqualsTheLocalRun(SparkSession spark) throws IOException {
        assertEquals("succeeded", Cli.json(clusterRun.resolve("_run.json")).get("status").asText());
        String log = Files.readString(tmp.resolve("submit.log"));
        assertTrue(log.contains("Lost executor") || log.contains("ExecutorLostFailure"),
                "the driver saw the executor go: " + log.lines().filter(l -> l.contains("xecutor")).limit(20).toList());
        int n = Tables.assertRunsEqual(spark, localReference.runDir(), clusterRun, TOLERANCE);
        System.out.println("worker killed mid-pipeline: " + n + " tables equal to the local run");
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts a command, waits for {@code marker} to appear, then kills it with SIGKILL (a crash, no hooks). */
    private static void killWhen(List<String> cmd, Map<String, String> env, Path log, Path marker) throws Exception {
        Process p = start(cmd, env, log);
        try {
            awaitFile(p, marker, log);
        } finally {
            List<ProcessHandle> all = new ArrayList<>(p.toHandle().descendants().toList());
            all.add(p.toHandle());
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(h -> h.onExit().join());
        }
    }

    private static void awaitFile(Process p, Path marker, Path log) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(marker)) {
            if (!p.isAlive()) {
                throw new AssertionError("the run ended (exit " + p.exitValue() + ") before " + marker + ": "
                        + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + marker + " within " + TIMEOUT + ": " + tail(log));
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theClusterRunUsedBothWorkers() throws IOException {
        JsonNode run = Cli.json(clusterRun.resolve("_run.json"));
        assertEquals("succeeded", run.get("status").asText());
        assertTrue(run.get("master").asText().startsWith("spark://127.0.0.1:"), run.get("master").asText());
        assertTrue(Cli.json(localReference.runDir().resolve("_run.json")).get("master").asText().startsWith("local["));
        assertEquals(1, appsPerWorker[0], "executors of the application on worker 1 (before worker 2 was killed)");
        assertEquals(1, appsPerWorker[1], "executors of the application on worker 2 (before it was killed)");
        assertEquals("cluster\n", Files.readString(tmp.resolve("out-cluster/latest")));
    }

    @Test
    void everyTableEqualsTheLocalRun(SparkSession spark) {
        int n = Tables.assertRunsEqual(spark, localReference.runDir(), clusterRun, TOLERANCE);
        List<String> tables = Tables.list(localReference.runDir());
        for (String expected : List.of("ingest/papers", "ingest/authorships", "ingest/rejects",
                "resolve/authorships_resolved", "graph/vertices", "graph/edges", "centrality/metrics")) {
            assertTrue(tables.contains(expected), expected + " in " + tables);
        }
        System.out.println("standalone cluster vs local: " + n + " tables equal");
    }

    @Test
    void csvExportsAreByteIdenticalOnBothMasters() throws IOException {
        List<Path> local;
        Path localRun = localReference.runDir();
        try (Stream<Path> s = Files.walk(localRun.resolve("export"))) {
            local = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(local.size() >= 4, "CSV exports of the local run: " + local);
        for (Path l : local) {
            Path c = clusterRun.resolve(localRun.relativize(l));
            assertTrue(Files.exists(c), c + " missing");
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(l), Files.readAllBytes(c)), c + " differs from " + l);
        }
        try (Stream<Path> s = Files.walk(clusterRun.resolve("export"))) {
            assertEquals(local.size(), s.filter(p -> p.toString().endsWith(".csv")).count(), "CSV files of the cluster run");
        }
    }

    @Test
    void stageCountsAndStageKeysAreEqual() {
        // config_hash covers every setting, so it differs (master, output.dir); the stage keys cover what changes
        // results (settings without the execution-only ones, the input files, the upstream stage): equal
        Path localRun = localReference.runDir();
        JsonNode c = Cli.json(clusterRun.resolve("_run.json"));
        for (StageId stage : StageId.ORDER) {
            if (Files.exists(localRun.resolve(stage.id()))) {
                JsonNode ls = Cli.json(localRun.resolve(stage.id()).resolve("_run.json"));
                JsonNode cs = Cli.json(clusterRun.resolve(stage.id()).resolve("_run.json"));
                assertEquals("succeeded", cs.get("status").asText(), stage.id());
                assertEquals(ls.get("counts"), cs.get("counts"), stage.id() + " counts");
                assertEquals(ls.get("stage_key"), cs.get("stage_key"), stage.id() + " stage key");
            }
        }
        assertEquals(44, c.at("/stages/ingest/counts/read").asLong(), "the sample corpus was read");
    }

    static Path jobJar(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("jobs/target"))) {
            return s.filter(p -> p.getFileName().toString().matches("collab-atlas-jobs-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job jar in jobs/target: this test runs in "
                            + "the integration-test phase (mvn verify), after package"));
        }
    }

    /** Runs a command to completion (its process tree is killed on timeout); fails with its log's tail. */
    static void exec(List<String> cmd, Map<String, String> env, Path log) throws IOException, InterruptedException {
        await(start(cmd, env, log), cmd, log);
    }

    static Process start(List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** Waits for a started command to end (its process tree is killed on timeout); fails with its log's tail. */
    static void await(Process p, List<String> cmd, Path log) throws IOException, InterruptedException {
        Thread hook = new Thread(() -> StandaloneCluster.killTree(p.toHandle()));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (!p.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                StandaloneCluster.killTree(p.toHandle());
                throw new AssertionError(String.join(" ", cmd.subList(0, 2)) + " did not finish within "
                        + TIMEOUT.toMinutes() + " minutes: " + tail(log));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(cmd.get(0) + " exited with " + p.exitValue() + ": " + tail(log));
            }
        } finally {
            StandaloneCluster.killTree(p.toHandle());
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
