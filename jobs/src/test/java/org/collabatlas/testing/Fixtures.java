package org.collabatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.collabatlas.common.ingest.SharedData;

/**
 * Pipeline runs made once per build and read by every test that needs them, instead of each test class running the
 * same pipeline again. A fixture is made in-process (on the shared test session) by the first test that asks for it,
 * in any test JVM of the build, under {@code target/fixtures/<build>/<name>} ({@code collabatlas.fixtures}, set by
 * the build; a temporary directory per JVM elsewhere); a file lock makes the other JVMs wait for it and then read it.
 * Tests never write into a fixture: one that runs more stages copies the run first ({@link Run#copyTo}).
 */
public final class Fixtures {
    /** The settings of the sample-corpus run (the hand-made corpus of every format; see {@link Cli#SAMPLE}). */
    public static final List<String> SAMPLE_SETTINGS = List.of("--set", "centrality.export-csv=true");
    private static final String MARKER = "_fixture.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path base;

    private Fixtures() {
    }

    /**
     * A complete run: the output directory ({@code output.dir}), the run directory, and what the command printed.
     */
    public record Run(Path outputDir, String runId, int exitCode, String out, String err) {
        public Path runDir() {
            return outputDir.resolve("runs").resolve(runId);
        }

        /** The run's stage directory or table, e.g. {@code path("ingest/papers")}. */
        public Path path(String relative) {
            return runDir().resolve(relative);
        }

        /** A copy of the whole output directory, for a test that runs further stages on it. */
        public Run copyTo(Path dir) {
            copyTree(outputDir, dir);
            return new Run(dir, runId, exitCode, out, err);
        }
    }

    /** {@code pipeline} over the sample corpus (run id {@code sample}), with {@link #SAMPLE_SETTINGS}. */
    public static synchronized Run sample() {
        List<String> args = new ArrayList<>(List.of("pipeline", "--run-id", "sample"));
        args.addAll(SAMPLE_SETTINGS);
        return make("sample", "sample", args, true);
    }

    /**
     * The settings of the shared-data run: every real record of {@code ../shared/data} (IEEE, ACM, WoS, Scopus), all
     * years, the partial ROR dump (its index cached under the fixtures folder, not in the user's cache directory),
     * CSV exports. {@code StandaloneClusterIT} submits the same to a cluster.
     */
    public static List<String> sharedDataSettings() {
        Path data = SharedData.root();
        return List.of("--set", "ingest.years=all", "--set", "centrality.export-csv=true",
                "--set", "generate.before-ingest=false",
                "--ror", data.resolve("ror/ror-v2-partial.json.gz").toAbsolutePath().toString(),
                "--set", "resolve.index-cache=\"" + indexCacheDir() + "\"",
                "--set", "ingest.inputs=[{format=ieee-xplore-api,path=\"" + data.resolve("ieee-xplore").toAbsolutePath()
                        + "\"},{format=acm-dl,path=\"" + data.resolve("acm-dl").toAbsolutePath() + "\"},"
                        + "{format=wos,path=\"" + data.resolve("wos").toAbsolutePath() + "\"},"
                        + "{format=scopus,path=\"" + data.resolve("scopus").toAbsolutePath() + "\"}]");
    }

    /** Where the fixtures (and tests that read the partial ROR dump) keep its index cache. */
    public static Path indexCacheDir() {
        return base().resolve("ror-index-cache");
    }

    /** {@code pipeline} over all of {@code ../shared/data} (run id {@code shared}); skips when the data is absent. */
    public static synchronized Run sharedData() {
        SharedData.dir("ieee-xplore"); // skips the calling test, saying why, when ../shared/data is absent
        List<String> args = new ArrayList<>(List.of("pipeline", "--run-id", "shared"));
        args.addAll(sharedDataSettings());
        return make("shared-data", "shared", args, false);
    }

    private static Run make(String name, String runId, List<String> args, boolean sample) {
        Path dir = base().resolve(name);
        try {
            Files.createDirectories(base());
            try (FileChannel ch = FileChannel.open(base().resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockOrHelp(ch, name)) {
                Path marker = base().resolve(name + MARKER);
                if (!Files.exists(marker)) {
                    deleteTree(dir);
                    List<String> all = new ArrayList<>(args);
                    all.addAll(List.of("--set", "output.dir=" + dir));
                    long t0 = System.nanoTime();
                    Cli c = Cli.run(sample ? Cli.sample(all.toArray(String[]::new)) : all.toArray(String[]::new));
                    System.out.printf("fixture %s made in %.1f s (%s)%n", name, (System.nanoTime() - t0) / 1e9, dir);
                    if (c.exitCode() != 0) {
                        throw new IllegalStateException("fixture " + name + " failed (exit " + c.exitCode() + "): "
                                + c.err());
                    }
                    ObjectNode m = JSON.createObjectNode().put("exit_code", c.exitCode()).put("out", c.out())
                            .put("err", c.err());
                    Files.writeString(marker, JSON.writeValueAsString(m));
                }
                JsonNode m = JSON.readTree(Files.readString(marker));
                return new Run(dir, runId, m.get("exit_code").asInt(), m.get("out").asText(), m.get("err").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixture's lock. When another test JVM holds it (building the fixture), this JVM builds the other fixture
     * meanwhile, if no one has, instead of waiting idle: the two forks then build both fixtures at once.
     */
    private static FileLock lockOrHelp(FileChannel ch, String name) throws IOException {
        FileLock lock = ch.tryLock();
        if (lock != null) {
            return lock;
        }
        String other = name.equals("sample") ? "shared-data" : "sample";
        if (!Files.exists(base().resolve(other + MARKER))) {
            try {
                if (other.equals("sample")) {
                    sample();
                } else if (Files.isDirectory(SharedData.root().resolve("ieee-xplore"))) {
                    sharedData();
                }
            } catch (RuntimeException e) {
                System.out.println("while waiting for fixture " + name + ", fixture " + other + " failed: " + e);
            }
        }
        return ch.lock();
    }

    private static Path base() {
        if (base == null) {
            String configured = System.getProperty("collabatlas.fixtures");
            try {
                base = configured != null && !configured.contains("${") ? Path.of(configured).toAbsolutePath()
                        : Files.createTempDirectory("collab-atlas-fixtures");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return base;
    }

    /** Copies a directory tree (files and folders). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
