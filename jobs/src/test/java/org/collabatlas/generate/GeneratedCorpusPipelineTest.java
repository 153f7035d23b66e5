package org.collabatlas.generate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Columns;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default (local.conf: generate a corpus, then ingest it) on a corpus of 3,000 papers, checked
 * against the corpus's ground truth: every record ingested, resolved countries per authorship, and the country
 * graph's paper counts against counts made directly from the true countries of each paper.
 */
@ExtendWith(SparkTestSession.class)
class GeneratedCorpusPipelineTest {
    @TempDir
    static Path out;
    static Path corpus;
    static Path run;
    static JsonNode manifest;

    @BeforeAll
    static void pipeline() {
        Cli c = Cli.run("pipeline", "--run-id", "gen", "--set", "output.dir=" + out,
                "--set", "generate.papers=3000", "--set", "generate.papers-per-file=1000");
        assertEquals(0, c.exitCode(), c.err());
        corpus = out.resolve("generated-corpus");
        run = out.resolve("runs/gen");
        manifest = Cli.json(corpus.resolve("corpus.json"));
        assertTrue(c.out().contains("generate: {papers=3000"), c.out());
    }

    @Test
    void everyGeneratedRecordIsIngestedAndDuplicatesMerge() {
        JsonNode counts = Cli.json(run.resolve("ingest/_run.json")).get("counts");
        assertEquals(manifest.at("/counts/records").asLong(), counts.get("read").asLong());
        assertEquals(3000, counts.get("accepted").asLong());
        assertEquals(0, counts.get("rejected").asLong());
        assertEquals(manifest.at("/counts/duplicated_papers").asLong(), counts.get("merged").asLong());
        assertTrue(counts.get("merged").asLong() > 100, "5% of 3,000 papers are in both formats");
        assertEquals(corpus.toString(), Cli.json(run.resolve("_run.json")).at("/generated_corpus/dir").asText());
    }

    /** Accuracy computed here row by row on the driver, and by evaluate-corpus with Spark: equal, and high. */
    @Test
    void resolvedCountriesAgainstTheGroundTruth(SparkSession spark) {
        Map<String, String> paperIdByDoi = new HashMap<>();
        for (Row r : spark.read().schema(Schemas.PAPERS).parquet(run.resolve("ingest/papers").toString())
                .select(Columns.DOI, Columns.PAPER_ID).collectAsList()) {
            paperIdByDoi.put(r.getString(0).toLowerCase(), r.getString(1));
        }
        Map<String, String> resolved = new HashMap<>();
        for (Row r : spark.read().parquet(run.resolve("resolve/authorships_resolved").toString())
                .select(Columns.PAPER_ID, Columns.AUTHOR_POSITION, Columns.AFFILIATION_INDEX, Columns.COUNTRY)
                .collectAsList()) {
            resolved.put(r.getString(0) + "|" + r.getInt(1) + "|" + r.getInt(2), r.getString(3));
        }
        long rows = 0;
        long right = 0;
        long matched = 0;
        for (Row r : GroundTruth.authorships(spark, corpus.toString()).collectAsList()) {
            String key = paperIdByDoi.get(r.getString(0).toLowerCase()) + "|" + r.getInt(2) + "|" + r.getInt(3);
            rows++;
            if (resolved.containsKey(key)) {
                matched++;
                if (r.getString(5).equals(resolved.get(key))) {
                    right++;
                }
            }
        }
        assertEquals(manifest.at("/counts/ground_truth_authorships").asLong(), rows);
        assertEquals(rows, matched, "every truth authorship is in authorships_resolved");
        assertEquals(rows, resolved.size(), "and nothing else is");
        double accuracy = right / (double) rows;
        assertTrue(accuracy > 0.95, "country accuracy " + accuracy);

        Map<String, Object> eval = EvaluateCorpus.run(spark, run.toString(), corpus.toString());
        assertEquals(rows, eval.get("truth_authorships"));
        assertEquals(matched, eval.get("matched_authorships"));
        assertEquals(right, eval.get("country_right"));

        Cli cli = Cli.run("evaluate-corpus", "--in", run.toString(), "--out", out.resolve("eval").toString(),
                "--set", "output.dir=" + out);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(right, Cli.json(out.resolve("eval/accuracy.json")).get("country_right").asLong());
    }

    /**
     * Papers and international papers per country vertex (slice all) against the true countries of each paper:
     * within the share of strings the country rules cannot resolve (a paper whose only string of a country is
     * unresolvable is not counted there), for every country with at least 30 true papers.
     */
    @Test
    void countryVertexCountsAgainstTheGroundTruth(SparkSession spark) {
        Map<String, long[]> truth = new HashMap<>();
        for (Row r : GroundTruth.papers(spark, corpus.toString()).collectAsList()) {
            String[] cs = r.getString(6).split("\\|");
            for (String c : cs) {
                long[] n = truth.computeIfAbsent(c, k -> new long[2]);
                n[0]++;
                n[1] += cs.length > 1 ? 1 : 0;
            }
        }
        Map<String, long[]> graph = new HashMap<>();
        for (Row r : spark.read().schema(Schemas.VERTICES).parquet(run.resolve("graph/vertices").toString())
                .filter(col(Columns.LEVEL).equalTo("country").and(col(Columns.SLICE).equalTo("all")))
                .select(Columns.ID, Columns.PAPERS, Columns.INTERNATIONAL_PAPERS).collectAsList()) {
            graph.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)});
        }
        int checked = 0;
        for (Map.Entry<String, long[]> e : truth.entrySet()) {
            long[] t = e.getValue();
            if (t[0] < 30) {
                continue;
            }
            long[] g = graph.get(e.getKey());
            assertTrue(g != null, e.getKey() + " is a vertex");
            assertEquals(t[0], g[0], 0.04 * t[0] + 2, e.getKey() + " papers");
            assertEquals(t[1], g[1], 0.06 * t[1] + 3, e.getKey() + " international papers");
            checked++;
        }
        assertTrue(checked >= 10, "countries checked: " + checked);
        assertEquals(truth.size(), graph.size(), 0.1 * truth.size() + 3, "vertices");
    }

    @Test
    void aSecondRunReusesTheCorpus() {
        // a new run's first stage is where generation happens: ingest alone shows it (no need to rerun every stage)
        Cli again = Cli.run("ingest", "--run-id", "gen2", "--set", "output.dir=" + out,
                "--set", "generate.papers=3000", "--set", "generate.papers-per-file=1000");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("is up to date"), again.out());
        assertEquals(manifest.get("config_hash").asText(),
                Cli.json(corpus.resolve("corpus.json")).get("config_hash").asText());
    }
}
