package org.collabatlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.run.StageId;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.collabatlas.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar on a real multi-process Spark cluster: a standalone master and two workers (separate JVMs on
 * 127.0.0.1, from a Spark home assembled by {@code deploy/bin/spark-home}), the full pipeline submitted in client
 * mode by {@code deploy/bin/submit --master spark://127.0.0.1:PORT}, over the sample corpus (every input format)
 * plus all the real records of {@code ../shared/data} when present. The same pipeline runs locally
 * ({@code deploy/bin/collab-atlas}, embedded Spark, {@code local[2]}); every table of both runs must be equal row by
 * row after sorting, exactly (floating values included), and their CSV exports byte-identical.
 *
 * <p>Faults, each compared with the clean local run:
 * <ul>
 *   <li><b>driver crash</b>: a local run is killed with SIGKILL in the middle of the resolve stage, resumed with
 *       {@code --resume} and killed again just after the graph stage has committed, then resumed to the end. After
 *       each kill {@code latest} still names the previous complete run and the interrupted stage has no commit
 *       marker; the finished run equals the clean one exactly;</li>
 *   <li><b>executor loss</b>: during a second cluster run, once the graph stage has started, worker 2 and its
 *       executor are killed with SIGKILL; the run completes on the remaining worker and equals the clean run.</li>
 * </ul>
 *
 * <p>Runs in the {@code integration-test} phase ({@code mvn verify}), after {@code package} has built the job jar.
 */
@ExtendWith(SparkTestSession.class)
class StandaloneClusterIT {
    /** Local and cluster runs must give the same Parquet content exactly (and byte-identical CSV exports). */
    static final double TOLERANCE = 0.0;
    /**
     * Per process (local run, cluster run). About 1-2 minutes each on an idle 2-core machine; on a 2-core machine
     * shared with six other builds (load 30) the cluster run took over 20 minutes. -Dcollabatlas.it.timeout.minutes.
     */
    static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("collabatlas.it.timeout.minutes", 60));

    @TempDir
    static Path tmp;
    static Path root;
    static Path localRun;
    static Path clusterRun;
    static Path resumedRun;
    static Path executorLostRun;
    static final List<String> latestAfterEachCrash = new ArrayList<>();
    static final List<Boolean> interruptedStageCommitted = new ArrayList<>();
    static String clusterOutput;
    static boolean realData;
    static int[] appsPerWorker = new int[2];

    @BeforeAll
    static void runBoth() throws Exception {
        root = Path.of(System.getProperty("collabatlas.root")).toAbsolutePath();
        Path jar = jobJar(root);
        Path home = tmp.resolve("spark-home");
        exec(List.of(root.resolve("deploy/bin/spark-home").toString(), home.toString()), Map.of(),
                tmp.resolve("spark-home.log"));

        List<String> common = new ArrayList<>(List.of("pipeline",
                "--set", "spark.master=\"local[2]\"", "--set", "spark.shuffle-partitions=4",
                "--set", "centrality.export-csv=true",
                "--set", "ingest.years=all", "--set", "ingest.inputs=" + inputs(root)));

        // the local runs (clean, then the driver-crash sequence) and the cluster runs are independent processes
        // writing to their own directories: run the two sequences side by side (each mostly waits on Spark's
        // scheduling of small tasks), which takes about half the wall time of running them one after the other
        java.util.concurrent.ExecutorService sequences = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> localRuns = sequences.submit(() -> {
                List<String> local = new ArrayList<>(List.of(root.resolve("deploy/bin/collab-atlas").toString()));
                local.addAll(common);
                local.addAll(List.of("--run-id", "local", "--set", "output.dir=" + tmp.resolve("out-local")));
                exec(local, Map.of("COLLAB_ATLAS_HEAP", "2g", "SPARK_LOCAL_IP", "127.0.0.1"),
                        tmp.resolve("local.log"));
                localRun = tmp.resolve("out-local/runs/local");

                // driver crash: SIGKILL mid-stage (resolve running), resume, SIGKILL just after graph committed,
                // resume
                List<String> crash = new ArrayList<>(local);
                crash.set(crash.indexOf("local"), "crash");
                Map<String, String> localEnv = Map.of("COLLAB_ATLAS_HEAP", "2g", "SPARK_LOCAL_IP", "127.0.0.1");
                resumedRun = tmp.resolve("out-local/runs/crash");
                // the resolve directory appears with its first table's write (a stage's _run.json is written at
                // its end)
                killWhen(crash, localEnv, tmp.resolve("crash-1.log"), resumedRun.resolve("resolve"));
                latestAfterEachCrash.add(Files.readString(tmp.resolve("out-local/latest")));
                interruptedStageCommitted.add(Files.exists(resumedRun.resolve("resolve/_SUCCESS")));
                List<String> resume = new ArrayList<>(crash);
                resume.set(resume.indexOf("--run-id"), "--resume");
                killWhen(resume, localEnv, tmp.resolve("crash-2.log"), resumedRun.resolve("graph/_SUCCESS"));
                latestAfterEachCrash.add(Files.readString(tmp.resolve("out-local/latest")));
                interruptedStageCommitted.add(Files.exists(resumedRun.resolve("centrality/_SUCCESS")));
                exec(resume, localEnv, tmp.resolve("crash-3.log"));
                return null;
            });
            java.util.concurrent.Future<?> clusterRuns = sequences.submit(() -> {
                try (StandaloneCluster cluster = new StandaloneCluster(home, root,
                        Files.createDirectories(tmp.resolve("c")))) {
                    cluster.start(2, 1, "1536m");
                    List<String> submit = new ArrayList<>(List.of(root.resolve("deploy/bin/submit").toString(),
                            "--master", cluster.masterUrl(), "--deploy-mode", "client", "--driver-memory", "1536m",
                            "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2",
                            "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                            "--jar", jar.toString()));
                    submit.addAll(common);
                    List<String> clean = new ArrayList<>(submit);
                    clean.addAll(List.of("--run-id", "cluster", "--set",
                            "output.dir=" + tmp.resolve("out-cluster")));
                    exec(clean, cluster.environment(), tmp.resolve("submit.log"));
                    for (int i = 0; i < 2; i++) {
                        try (Stream<Path> apps = Files.list(cluster.workDir(i + 1))) {
                            appsPerWorker[i] = (int) apps.filter(p -> p.getFileName().toString().startsWith("app-"))
                                    .count();
                        }
                    }
                    // executor loss: worker 2 (and its executor) killed once the graph stage has started
                    List<String> lost = new ArrayList<>(submit);
                    lost.addAll(List.of("--run-id", "lost", "--set", "output.dir=" + tmp.resolve("out-lost")));
                    executorLostRun = tmp.resolve("out-lost/runs/lost");
                    Process p = start(lost, cluster.environment(), tmp.resolve("submit-lost.log"));
                    try {
                        awaitFile(p, executorLostRun.resolve("graph/_run.json"), tmp.resolve("submit-lost.log"));
                        cluster.killWorker(2);
                        await(p, lost, tmp.resolve("submit-lost.log"));
                    } finally {
                        StandaloneCluster.killTree(p.toHandle());
                    }
                }
                return null;
            });
            localRuns.get();
            clusterRuns.get();
        } finally {
            sequences.shutdownNow();
        }
        clusterRun = tmp.resolve("out-cluster/runs/cluster");
    }

    @Test
    void aDriverKilledMidStageAndBetweenStagesResumesToTheCleanResult(SparkSession spark) {
        assertEquals(List.of("local\n", "local\n"), latestAfterEachCrash, "latest after each crash");
        assertEquals(List.of(false, false), interruptedStageCommitted, "interrupted stage committed");
        assertEquals("crash\n", readString(tmp.resolve("out-local/latest")));
        assertEquals("succeeded", Cli.json(resumedRun.resolve("_run.json")).get("status").asText());
        int n = Tables.assertRunsEqual(spark, localRun, resumedRun, 0.0);
        System.out.println("driver killed twice and resumed: " + n + " tables equal to the clean run");
    }

    @Test
    void aRunThatLosesAWorkerMidPipelineEqualsTheCleanRun(SparkSession spark) throws IOException {
        assertEquals("succeeded", Cli.json(executorLostRun.resolve("_run.json")).get("status").asText());
        String log = Files.readString(tmp.resolve("submit-lost.log"));
        assertTrue(log.contains("Lost executor") || log.contains("ExecutorLostFailure"),
                "the driver saw the executor go: " + log.lines().filter(l -> l.contains("xecutor")).limit(20).toList());
        int n = Tables.assertRunsEqual(spark, localRun, executorLostRun, TOLERANCE);
        System.out.println("worker killed mid-pipeline: " + n + " tables equal to the clean local run");
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
        assertEquals("local[2]", Cli.json(localRun.resolve("_run.json")).get("master").asText());
        assertEquals(1, appsPerWorker[0], "executors of the application on worker 1");
        assertEquals(1, appsPerWorker[1], "executors of the application on worker 2");
        assertEquals("cluster\n", Files.readString(tmp.resolve("out-cluster/latest")));
    }

    @Test
    void everyTableEqualsTheLocalRun(SparkSession spark) {
        int n = Tables.assertRunsEqual(spark, localRun, clusterRun, TOLERANCE);
        List<String> tables = Tables.list(localRun);
        for (String expected : List.of("ingest/papers", "ingest/authorships", "ingest/rejects",
                "resolve/authorships_resolved", "graph/vertices", "graph/edges", "centrality/metrics")) {
            assertTrue(tables.contains(expected), expected + " in " + tables);
        }
        System.out.println("standalone cluster vs local[2]: " + n + " tables equal" + (realData
                ? " (sample corpus + shared data)" : " (sample corpus only)"));
    }

    @Test
    void csvExportsAreByteIdenticalOnBothMasters() throws IOException {
        List<Path> local;
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
        JsonNode l = Cli.json(localRun.resolve("_run.json"));
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
        if (realData) {
            assertTrue(l.at("/stages/ingest/counts/read").asLong() > 20_000, "the shared data was read");
        }
    }

    static Path jobJar(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("jobs/target"))) {
            return s.filter(p -> p.getFileName().toString().matches("collab-atlas-jobs-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job jar in jobs/target: this test runs in "
                            + "the integration-test phase (mvn verify), after package"));
        }
    }

    /** The sample corpus (every format), plus the shared real data when present, as an ingest.inputs value. */
    static String inputs(Path root) {
        Path sample = root.resolve("conf/sample-corpus");
        List<String> in = new ArrayList<>(List.of(input("ieee-xplore-api", sample.resolve("ieee")),
                input("acm-dl", sample.resolve("acm")), input("wos", sample.resolve("wos")),
                input("scopus", sample.resolve("scopus")), input("openalex", sample.resolve("openalex"))));
        Path data = SharedData.root();
        realData = Files.isDirectory(data.resolve("ieee-xplore"));
        if (realData) {
            in.addAll(List.of(input("ieee-xplore-api", data.resolve("ieee-xplore")),
                    input("acm-dl", data.resolve("acm-dl")), input("wos", data.resolve("wos")),
                    input("scopus", data.resolve("scopus"))));
        } else {
            System.out.println("StandaloneClusterIT: shared data folder " + data + " is absent: the cluster runs "
                    + "the sample corpus only (the shared data is present in CI)");
        }
        return "[" + String.join(",", in) + "]";
    }

    private static String input(String format, Path path) {
        return "{format=" + format + ",path=\"" + path.toAbsolutePath() + "\"}";
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
