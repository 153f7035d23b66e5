package org.collabatlas.generate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    static Map<String, Object> evaluation;

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

        Map<String, Object> eval = evaluation(spark);
        assertEquals(rows, eval.get("truth_authorships"));
        assertEquals(matched, eval.get("matched_authorships"));
        assertEquals(right, eval.get("country_right"));

        Cli cli = Cli.run("evaluate-corpus", "--in", run.toString(), "--out", out.resolve("eval").toString(),
                "--set", "output.dir=" + out);
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode written = Cli.json(out.resolve("eval/accuracy.json"));
        assertEquals(right, written.get("country_right").asLong());
        assertEquals((double) eval.get("invented_institution_bcubed_f1"),
                written.get("invented_institution_bcubed_f1").asDouble());
        assertTrue(cli.out().contains("registry_institution_precision="), cli.out());
    }

    /** evaluate-corpus on the run, made once for the tests that read it. */
    private static synchronized Map<String, Object> evaluation(SparkSession spark) {
        if (evaluation == null) {
            evaluation = EvaluateCorpus.run(spark, run.toString(), corpus.toString());
        }
        return evaluation;
    }

    /**
     * Institutions, computed here row by row on the driver from the collected truth and resolved rows: registry rows
     * scored by id, and the grouping of the invented rows scored item by item (B-cubed) and pair by pair, with rows
     * that have no institution each alone. Equal to evaluate-corpus's counts-based figures.
     */
    @Test
    void institutionsAgainstTheGroundTruthByBruteForce(SparkSession spark) {
        Map<String, String> paperIdByDoi = new HashMap<>();
        for (Row r : spark.read().schema(Schemas.PAPERS).parquet(run.resolve("ingest/papers").toString())
                .select(Columns.DOI, Columns.PAPER_ID).collectAsList()) {
            paperIdByDoi.put(r.getString(0).toLowerCase(), r.getString(1));
        }
        Map<String, List<String>> ids = new HashMap<>();
        for (Row r : spark.read().parquet(run.resolve("resolve/authorships_resolved").toString())
                .select(Columns.PAPER_ID, Columns.AUTHOR_POSITION, Columns.AFFILIATION_INDEX, Columns.INSTITUTION_IDS)
                .collectAsList()) {
            ids.put(r.getString(0) + "|" + r.getInt(1) + "|" + r.getInt(2), r.getList(3));
        }
        long registryRows = 0;
        long rorPredicted = 0;
        long tp = 0;
        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (Row r : GroundTruth.authorships(spark, corpus.toString()).collectAsList()) {
            String key = paperIdByDoi.get(r.getString(0).toLowerCase()) + "|" + r.getInt(2) + "|" + r.getInt(3);
            List<String> p = ids.getOrDefault(key, List.of());
            String trueId = r.getString(4);
            if (trueId != null) {
                registryRows++;
                rorPredicted += p.stream().filter(id -> id.startsWith("https://ror.org/")).count();
                tp += p.contains(trueId) ? 1 : 0;
            } else {
                predicted.add(p.isEmpty() ? "alone " + key : p.get(0));
                truth.add(r.getString(7));
            }
        }
        Map<String, Object> eval = evaluation(spark);
        assertEquals(registryRows, eval.get("registry_institution_rows"));
        assertEquals(tp, eval.get("registry_institution_true_positives"));
        assertEquals(tp / (double) rorPredicted, (double) eval.get("registry_institution_precision"), 1e-6);
        assertEquals(tp / (double) registryRows, (double) eval.get("registry_institution_recall"), 1e-6);

        int n = predicted.size();
        assertTrue(n > 1000, "invented rows: " + n);
        int[] p = labels(predicted);
        int[] t = labels(truth);
        double precision = 0;
        double recall = 0;
        long pairsRight = 0;
        long pairsPredicted = 0;
        long pairsTrue = 0;
        for (int i = 0; i < n; i++) {
            int inP = 0;
            int inT = 0;
            int both = 0;
            for (int j = 0; j < n; j++) {
                boolean sp = p[i] == p[j];
                boolean st = t[i] == t[j];
                inP += sp ? 1 : 0;
                inT += st ? 1 : 0;
                both += sp && st ? 1 : 0;
                if (j > i) {
                    pairsPredicted += sp ? 1 : 0;
                    pairsTrue += st ? 1 : 0;
                    pairsRight += sp && st ? 1 : 0;
                }
            }
            precision += both / (double) inP;
            recall += both / (double) inT;
        }
        assertEquals((long) n, eval.get("invented_institution_rows"));
        assertEquals(new HashSet<>(truth).size(), ((Long) eval.get("invented_institutions_true")).intValue());
        assertEquals(new HashSet<>(predicted).size(), ((Long) eval.get("invented_institutions_predicted")).intValue());
        assertEquals(precision / n, (double) eval.get("invented_institution_bcubed_precision"), 1e-6);
        assertEquals(recall / n, (double) eval.get("invented_institution_bcubed_recall"), 1e-6);
        assertEquals(pairsRight / (double) pairsPredicted,
                (double) eval.get("invented_institution_pairwise_precision"), 1e-6);
        assertEquals(pairsRight / (double) pairsTrue, (double) eval.get("invented_institution_pairwise_recall"), 1e-6);
    }

    /** A corpus from before institution_key: refused, with the remedy, instead of failing on the CSV. */
    @Test
    void aCorpusOfGeneratorVersionOneIsRefused() throws IOException {
        Path old = Files.createDirectories(out.resolve("old-corpus"));
        Files.writeString(old.resolve("corpus.json"), "{\"config_hash\":\"x\",\"generator_version\":1}");
        Path oldRun = Files.createDirectories(out.resolve("old-run"));
        Files.writeString(oldRun.resolve("_run.json"), "{\"generated_corpus\":{\"dir\":\"" + old + "\"}}");
        Cli c = Cli.run("evaluate-corpus", "--in", oldRun.toString(), "--out", out.resolve("old-eval").toString(),
                "--set", "output.dir=" + out);
        assertEquals(2, c.exitCode(), c.err());
        assertTrue(c.err().contains("generator version 1") && c.err().contains("generate it again"), c.err());
    }

    private static int[] labels(List<String> names) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(names.get(i), k -> ids.size());
        }
        return out;
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
