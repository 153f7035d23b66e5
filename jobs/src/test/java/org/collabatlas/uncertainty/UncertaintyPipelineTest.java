package org.collabatlas.uncertainty;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collab-atlas pipeline} on the embedded sample corpus, then {@code uncertainty} again on the same run with
 * a category table, disabled, and a fractional-counting run: the intervals table as the report reads it.
 */
@ExtendWith(SparkTestSession.class)
class UncertaintyPipelineTest {
    @TempDir
    static Path out;
    static Path run;

    @BeforeAll
    static void pipeline() {
        Fixtures.Run fixture = Fixtures.sample();
        assertTrue(fixture.out().contains("uncertainty: done"), fixture.out());
        run = fixture.runDir();
    }

    static Dataset<Row> intervals(Path runDir) {
        return SparkTestSession.get().read().parquet(runDir.resolve("uncertainty/intervals").toString());
    }

    /** (slice, id, metric) -> the centrality stage's value. */
    static Map<List<String>, Double> centrality(Path runDir) {
        Map<List<String>, Double> m = new HashMap<>();
        for (Row r : SparkTestSession.get().read().parquet(runDir.resolve("centrality/metrics").toString())
                .filter(col("level").equalTo("country"))
                .select("slice", "id", "eigenvector", "betweenness").collectAsList()) {
            m.put(List.of(r.getString(0), r.getString(1), "eigenvector"), r.getDouble(2));
            m.put(List.of(r.getString(0), r.getString(1), "betweenness"), r.getDouble(3));
        }
        return m;
    }

    @Test
    void theTableHasTheAgreedColumnsAndTheCentralityStagesValues() {
        Dataset<Row> t = intervals(run);
        assertEquals(List.of("level", "slice", "id", "metric", "estimate", "mean", "ci_low", "ci_high", "rank",
                "rank_low", "rank_high", "replicates"), List.of(t.columns()));
        assertEquals(Schemas.INTERVALS.fields().length, t.schema().fields().length);
        Map<List<String>, Double> expected = centrality(run);
        List<Row> rows = t.collectAsList();
        assertEquals(expected.size(), rows.size(), "one row per vertex, slice and metric");
        Map<List<String>, List<Row>> bySliceMetric = new HashMap<>();
        for (Row r : rows) {
            assertEquals("country", r.getString(0));
            Double value = expected.get(List.of(r.getString(1), r.getString(2), r.getString(3)));
            assertEquals(value, r.getDouble(4), "estimate of " + r);
            assertTrue(r.getDouble(6) <= r.getDouble(7) && r.getInt(9) <= r.getInt(10), r.toString());
            assertEquals(100, r.getInt(11));
            bySliceMetric.computeIfAbsent(List.of(r.getString(1), r.getString(3)), k -> new ArrayList<>()).add(r);
        }
        // ranks: 1 = the highest estimate, ties by id
        for (List<Row> group : bySliceMetric.values()) {
            List<Row> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingDouble((Row r) -> -r.getDouble(4)).thenComparing(r -> r.getString(2)));
            for (int i = 0; i < sorted.size(); i++) {
                assertEquals(i + 1, sorted.get(i).getInt(8), sorted.get(i).toString());
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.getDouble(6) < r.getDouble(7)), "some interval has width");
        JsonNode report = Cli.json(run.resolve("uncertainty/_run.json"));
        assertEquals("succeeded", report.get("status").asText());
        assertEquals(rows.size(), report.at("/counts/rows").asInt());
        assertEquals("poisson", report.get("method").asText());
        assertTrue(report.at("/slices/country~1all/papers").asLong() > 0, report.toString());
    }

    /** A new run {@code id} under {@code outputDir} holding a copy of the sample run's ingest and resolve stages. */
    static Path copyOfIngestAndResolve(Path outputDir, String id) throws IOException {
        Path runDir = outputDir.resolve("runs").resolve(id);
        for (String stage : List.of("ingest", "resolve")) {
            Path from = run.resolve(stage);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = runDir.resolve(stage).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return runDir;
    }

    @Test
    void categorySlicesComeFromTheClassifyTableWhenTheRunHasOne() throws IOException {
        SparkSession spark = SparkTestSession.get();
        Path copy = out.resolve("categories");
        Path runDir = copyOfIngestAndResolve(copy, "c");
        Dataset<Row> papers = spark.read().parquet(runDir.resolve("ingest/papers").toString());
        // every other paper (by id) in category "net"
        List<Row> chosen = papers.select("paper_id").orderBy("paper_id").collectAsList();
        List<Row> cats = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i += 2) {
            cats.add(org.apache.spark.sql.RowFactory.create(chosen.get(i).getString(0), "net"));
        }
        spark.createDataFrame(cats, new org.apache.spark.sql.types.StructType()
                        .add("paper_id", org.apache.spark.sql.types.DataTypes.StringType)
                        .add("category", org.apache.spark.sql.types.DataTypes.StringType))
                .write().parquet(runDir.resolve("classify/paper_categories").toString());
        // the graph stage makes the papers' slices (category ones from the classify table), uncertainty reads them
        Cli g = Cli.run("graph", "--run-id", "c", "--set", "output.dir=" + copy, "--set", "graph.levels=[country]");
        assertEquals(0, g.exitCode(), g.err());
        Cli c = Cli.run("uncertainty", "--run-id", "c", "--set", "output.dir=" + copy, "--set",
                "uncertainty.replicates=10");
        assertEquals(0, c.exitCode(), c.err());
        TreeSet<String> expected = new TreeSet<>();
        Dataset<Row> resolved = spark.read().parquet(runDir.resolve("resolve/authorships_resolved").toString());
        Dataset<Row> catDf = spark.read().parquet(runDir.resolve("classify/paper_categories").toString());
        resolved.join(catDf, "paper_id").filter(col("country").isNotNull()).select("country").distinct()
                .collectAsList().forEach(r -> expected.add(r.getString(0)));
        TreeSet<String> got = new TreeSet<>();
        intervals(runDir).filter(col("slice").equalTo("category=net").and(col("metric").equalTo("eigenvector")))
                .select("id").collectAsList().forEach(r -> got.add(r.getString(0)));
        assertEquals(expected, got);
        assertTrue(Cli.json(runDir.resolve("uncertainty/_run.json")).get("categories").asText()
                .endsWith("paper_categories"));

        c = Cli.run("uncertainty", "--run-id", "c", "--set", "output.dir=" + copy, "--set", "output.overwrite=true",
                "--set", "uncertainty.enabled=false");
        assertEquals(0, c.exitCode(), c.err());
        assertEquals(0, intervals(runDir).count());
        assertEquals(12, intervals(runDir).columns().length);
    }

    /** Fractional weights are sums of 2/(k(k-1)) in another order than the graph stage's: equal to rounding. */
    @Test
    void fractionalCountingEstimatesAreTheCentralityStagesToRounding() throws IOException {
        Path f = out.resolve("fractional");
        copyOfIngestAndResolve(f, "f");
        for (String stage : List.of("graph", "centrality", "uncertainty")) {
            // the country level only: the intervals are of country graphs
            Cli c = Cli.run(stage, "--run-id", "f", "--set", "output.dir=" + f, "--set", "graph.counting=fractional",
                    "--set", "graph.levels=[country]", "--set", "uncertainty.replicates=5");
            assertEquals(0, c.exitCode(), c.err());
        }
        Map<List<String>, Double> expected = centrality(f.resolve("runs/f"));
        List<Row> rows = intervals(f.resolve("runs/f")).collectAsList();
        assertEquals(expected.size(), rows.size());
        for (Row r : rows) {
            double e = expected.get(List.of(r.getString(1), r.getString(2), r.getString(3)));
            assertEquals(e, r.getDouble(4), 1e-12 * Math.max(1, Math.abs(e)), r.toString());
            assertEquals(5, r.getInt(11));
        }
    }
}
