package org.collabatlas.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on this machine, every daemon a separate JVM bound to 127.0.0.1: one master and
 * {@code workers} workers, started from the jars of a Spark home ({@code deploy/bin/spark-home}) with the JVM flags
 * of {@code conf/jvm.args}, on free ports. {@link #close()} kills every process tree it started (workers'
 * executors included); a shutdown hook does the same if the test JVM exits first.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path sparkHome;
    private final Path root;
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::kill, "stop-standalone-cluster");
    private int masterPort;
    private int masterUiPort;

    StandaloneCluster(Path sparkHome, Path root, Path dir) {
        this.sparkHome = sparkHome;
        this.root = root;
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the master and the workers, and waits until the master lists every worker alive. */
    StandaloneCluster start(int workers, int coresPerWorker, String memoryPerWorker) throws IOException,
            InterruptedException {
        Path log4j = dir.resolve("log4j2-cluster.properties");
        Files.writeString(log4j, """
                rootLogger.level = warn
                rootLogger.appenderRef.stdout.ref = console
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1}: %m%n
                logger.deploy.name = org.apache.spark.deploy
                logger.deploy.level = info
                """);
        masterPort = freePort();
        masterUiPort = freePort();
        processes.add(daemon("master", log4j, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterUiPort)));
        awaitAliveWorkers(0, Duration.ofSeconds(120));
        for (int i = 1; i <= workers; i++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + i));
            processes.add(daemon("worker-" + i, log4j, "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", String.valueOf(freePort()),
                    "--webui-port", String.valueOf(freePort()), "--cores", String.valueOf(coresPerWorker),
                    "--memory", memoryPerWorker, "--work-dir", work.toString(), masterUrl()));
        }
        awaitAliveWorkers(workers, Duration.ofSeconds(180));
        return this;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The environment of every process of the cluster and of spark-submit. */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12",
                "SPARK_LOCAL_IP", "127.0.0.1", "JAVA_HOME", System.getProperty("java.home"),
                "SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    }

    /** The log of a daemon ("master", "worker-1", ...). */
    String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work directory of worker {@code i}: one {@code app-*} directory per application that ran executors there. */
    Path workDir(int i) {
        return dir.resolve("worker-" + i);
    }

    private Process daemon(String name, Path log4j, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + root.resolve("conf/jvm.args"), "-Xmx256m",
                "-Dlog4j2.configurationFile=" + log4j, "-cp", sparkHome.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).directory(dir.toFile());
        pb.environment().putAll(environment());
        return pb.start();
    }

    private void awaitAliveWorkers(int n, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster process exited with " + p.exitValue() + "; logs in "
                            + dir);
                }
            }
            try {
                URI state = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
                String json = http.send(HttpRequest.newBuilder(state).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = ALIVE.matcher(json);
                if (m.find() && Integer.parseInt(m.group(1)) >= n) {
                    return;
                }
                last = json;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the master did not list " + n + " alive workers within " + timeout
                + " (last answer: " + last + "); logs in " + dir);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs kill() itself
        }
    }

    /**
     * Kills worker {@code i} (1-based) and its executors at once, with SIGKILL, as a machine failure would: no
     * shutdown hook runs, the master and the driver learn of it from the lost connections.
     */
    synchronized void killWorker(int i) {
        ProcessHandle worker = processes.get(i).toHandle();
        List<ProcessHandle> all = new ArrayList<>(worker.descendants().toList());
        all.add(worker);
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(h -> h.onExit().join());
    }

    /** Kills every started process and its descendants (executors), workers first, then the master. */
    private synchronized void kill() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            killTree(processes.get(i).toHandle());
        }
        processes.clear();
    }

    /** Kills a process and all its descendants: polite first, then forcibly after 10 s. */
    static void killTree(ProcessHandle p) {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.add(p);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }
}
