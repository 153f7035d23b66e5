package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kernel against NetworkX 2.8 ({@code /usr/bin/python3} with Debian's {@code python3-networkx}) on the same
 * edge lists, run by {@code src/test/resources/graph/networkx_reference.py}. Skipped, with the reason printed,
 * when that interpreter lacks NetworkX ({@code -Dcollabatlas.python=...} points at another interpreter). The Python processes start together in {@link #startReferences()} and
 * run while the JVM warms up.
 */
class NetworkXReferenceTest {
    /** Debian's interpreter, where python3-networkx installs (the python3 on PATH may be another one). */
    private static final Path PYTHON = Path.of(System.getProperty("collabatlas.python", "/usr/bin/python3"));
    private static final int EIGEN_MAX_ITER = 1000;

    /** Graphs by name, with the betweenness NetworkX is asked for ("all", "hops"). */
    private static final Map<String, CsrGraph> GRAPHS = new LinkedHashMap<>();
    private static final Map<String, String> BETWEENNESS = new LinkedHashMap<>();
    private static final Map<String, Process> RUNS = new LinkedHashMap<>();
    private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();
    private static Path dir;
    private static String skipReason;

    private static void add(String name, CsrGraph g, String betweenness) {
        GRAPHS.put(name, g);
        BETWEENNESS.put(name, betweenness);
    }

    @BeforeAll
    static void startReferences() throws IOException, InterruptedException {
        skipReason = networkxMissing();
        if (skipReason != null) {
            return;
        }
        add("path5", NamedGraphs.path5(), "all");
        add("star5", NamedGraphs.star5(), "all");
        add("triangle", NamedGraphs.triangle(), "all");
        add("k4", NamedGraphs.k4(), "all");
        add("barbell", NamedGraphs.barbell(), "all");
        add("twoComponents", NamedGraphs.twoComponents(), "all");
        add("singleEdge", NamedGraphs.singleEdge(), "all");
        add("edgeAndIsolated", NamedGraphs.edgeAndIsolated(), "all");
        add("weightedShortcut", NamedGraphs.weightedShortcut(), "all");
        add("weightedSquare", NamedGraphs.weightedSquare(), "all");
        // 1,500 vertices in 10 communities, about 4,500 edges of weight 1..3: the largest reference graph, whose
        // NetworkX run dominates this test's time, so hops only.
        add("communities1500", CommunityGraphs.generate(1500, 10, 4600, 0.8, 3, 20240601L), "hops");
        // 400 vertices, weights 1..5 (merged duplicates sum): Dijkstra on 1/weight.
        add("weighted400", CommunityGraphs.generate(400, 4, 1400, 0.7, 5, 7L), "all");

        dir = Files.createTempDirectory("networkx-reference");
        Path script = dir.resolve("networkx_reference.py");
        try (InputStream in = NetworkXReferenceTest.class.getResourceAsStream("/graph/networkx_reference.py")) {
            assertNotNull(in, "test resource graph/networkx_reference.py is missing");
            Files.copy(in, script);
        }
        for (Map.Entry<String, CsrGraph> e : GRAPHS.entrySet()) {
            Path edges = dir.resolve(e.getKey() + ".edges");
            writeEdges(e.getValue(), edges);
            ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), script.toString(), edges.toString(),
                    Integer.toString(EIGEN_MAX_ITER), BETWEENNESS.get(e.getKey()))
                    .redirectOutput(dir.resolve(e.getKey() + ".json").toFile())
                    .redirectError(dir.resolve(e.getKey() + ".err").toFile());
            RUNS.put(e.getKey(), pb.start());
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        RUNS.values().forEach(Process::destroy);
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Why the reference cannot run, or null. */
    private static String networkxMissing() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " not found; install python3-networkx";
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx, scipy").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            return PYTHON + " cannot import networkx and scipy (apt-get install python3-networkx): " + out;
        }
        return null;
    }

    private static void skipUnlessAvailable() {
        if (skipReason != null) {
            System.out.println("NetworkXReferenceTest skipped: " + skipReason);
            Assumptions.abort(skipReason);
        }
    }

    private static void writeEdges(CsrGraph g, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(g.vertexCount() + "\n");
            for (int u = 0; u < g.vertexCount(); u++) {
                for (int i = g.start(u); i < g.end(u); i++) {
                    int v = g.neighbour(i);
                    if (u < v) {
                        w.write(u + " " + v + " " + g.weight(i) + "\n");
                    }
                }
            }
        }
    }

    private static synchronized JsonNode reference(String name) {
        return RESULTS.computeIfAbsent(name, key -> {
            try {
                Process p = RUNS.get(key);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "NetworkX timed out on " + key);
                assertEquals(0, p.exitValue(), () -> "NetworkX failed on " + key + ": " + readQuietly(key + ".err"));
                return new ObjectMapper().readTree(dir.resolve(key + ".json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static String readQuietly(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private static void assertClose(String what, JsonNode expected, double[] actual, double tol) {
        assertNotNull(expected, what + ": NetworkX gave no value (did not converge?)");
        assertEquals(expected.size(), actual.length, what + ": length");
        double worst = 0;
        for (int v = 0; v < actual.length; v++) {
            double e = expected.get(v).asDouble();
            double a = actual[v];
            assertTrue(Math.abs(e - a) <= tol, what + " vertex " + v + ": NetworkX " + e + ", ours " + a);
            worst = Math.max(worst, Math.abs(e - a));
        }
        if (actual.length > 100) {
            System.out.printf("%s: largest difference from NetworkX %.3g (allowed %.3g)%n", what, worst, tol);
        }
    }

    @Test
    void degreeAndStrengthAreEqual() {
        skipUnlessAvailable();
        GRAPHS.forEach((name, g) -> {
            JsonNode ref = reference(name);
            for (int v = 0; v < g.vertexCount(); v++) {
                assertEquals(ref.get("degree").get(v).asInt(), g.degree(v), name + " degree " + v);
                assertEquals(ref.get("strength").get(v).asDouble(), g.strength(v), name + " strength " + v);
            }
        });
    }

    @Test
    void eigenvectorWithin1e6() {
        skipUnlessAvailable();
        GRAPHS.forEach((name, g) -> {
            // NetworkX at tol 1e-12 stands for the limit; ours at the configured default tol 1e-9
            PowerIterationResult r = EigenvectorCentrality.on(g).maxIter(EIGEN_MAX_ITER).tol(1e-9).build().run();
            assertTrue(r.converged(), name + ": not converged, residual " + r.residual());
            assertClose(name + " eigenvector", reference(name).get("eigenvector"), r.scores(), 1e-6);
        });
    }

    @Test
    void pagerankWithin1e6() {
        skipUnlessAvailable();
        GRAPHS.forEach((name, g) -> {
            PowerIterationResult r = PageRank.on(g).build().run();
            assertTrue(r.converged(), name + ": not converged, residual " + r.residual());
            assertClose(name + " pagerank", reference(name).get("pagerank"), r.scores(), 1e-6);
        });
    }

    @Test
    void exactBetweennessWithin1e9() {
        skipUnlessAvailable();
        GRAPHS.forEach((name, g) -> {
            JsonNode ref = reference(name);
            assertClose(name + " betweenness", ref.get("betweenness"), Brandes.on(g).threads(2).build().run(), 1e-9);
            if (BETWEENNESS.get(name).equals("all")) {
                double[] ours = Brandes.on(g).pathLength(PathLength.INVERSE_WEIGHT).threads(2).build().run();
                assertClose(name + " betweenness 1/weight", ref.get("betweenness_distance"), ours, 1e-9);
            }
        });
    }

    @Test
    void sampledBetweennessWithinEpsilon() {
        skipUnlessAvailable();
        double eps = 0.02;
        CsrGraph g = GRAPHS.get("communities1500");
        SampledBetweenness.Result r = SampledBetweenness.on(g).epsilon(eps).delta(0.1).seed(20240601L).threads(2)
                .build().run();
        System.out.printf("sampled betweenness on communities1500: r = %d, VD bound = %d%n", r.samples(),
                r.vertexDiameterBound());
        assertClose("communities1500 sampled betweenness", reference("communities1500").get("betweenness"),
                r.scores(), eps);
    }
}
