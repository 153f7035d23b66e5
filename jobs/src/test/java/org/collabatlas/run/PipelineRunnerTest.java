package org.collabatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.cli.ConfigLoader;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.collabatlas.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periodic full recomputes on two tiny hand-made corpora (OpenAlex lines; countries known by construction):
 * recompute twice, resume after a simulated crash, the {@code latest} rule, retention, and {@code diff}. A schedule
 * of three complete runs is made once ({@code r1} and {@code r2} of corpus A, then {@code r3} of corpus B); each
 * test works on its own copy of that output directory, so the tests depend on no order.
 */
@ExtendWith(SparkTestSession.class)
class PipelineRunnerTest {
    @TempDir
    static Path tmp;
    /** The schedule's output directory (read only). */
    static Path history;
    /** {@code latest} after r1, after r2 and after r3. */
    static final List<String> latestAfterEachRun = new ArrayList<>();
    static Path corpusA;
    static Path corpusB;
    /** This test's copy of {@link #history}. */
    Path out;

    /**
     * Corpus A, papers by country: JP 4, US 3, CN 2, DE 1 (6 papers; edges JP-US 2, JP-CN 1, JP-DE 1: a star on JP).
     * Corpus B = A + 5 papers: JP 4, US 4, CN 3, KR 5, DE 1, FR 1 (11 papers; degree JP 3, KR 3, US 2, CN 2).
     */
    static final List<List<String>> PAPERS_A = List.of(List.of("Japan", "United States"),
            List.of("Japan", "United States"), List.of("Japan", "China"), List.of("Japan", "Germany"),
            List.of("United States"), List.of("China"));
    static final List<List<String>> PAPERS_B_EXTRA = List.of(List.of("South Korea", "United States"),
            List.of("South Korea", "China"), List.of("South Korea", "France"), List.of("South Korea"),
            List.of("South Korea"));

    @BeforeAll
    static void schedule() throws IOException {
        history = tmp.resolve("history");
        corpusA = writeCorpus(tmp.resolve("a"), PAPERS_A);
        List<List<String>> b = new ArrayList<>(PAPERS_A);
        b.addAll(PAPERS_B_EXTRA);
        corpusB = writeCorpus(tmp.resolve("b"), b);
        for (String[] run : new String[][] {{"a", "r1"}, {"a", "r2"}, {"b", "r3"}}) {
            pipeline(history, run[0].equals("a") ? corpusA : corpusB, "pipeline", "--run-id", run[1]);
            latestAfterEachRun.add(Files.readString(history.resolve("latest")).strip());
        }
    }

    @BeforeEach
    void copyOfTheSchedule(@TempDir Path own) {
        out = own.resolve("out");
        Fixtures.copyTree(history, out);
    }

    static Path writeCorpus(Path dir, List<List<String>> papers) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < papers.size(); i++) {
            sb.append("{\"id\": \"https://openalex.org/W7").append(i).append("\", \"title\": \"Recompute paper ")
                    .append(i).append("\", \"publication_year\": 2020, \"type\": \"article\", \"doi\": ")
                    .append("\"https://doi.org/10.9999/recompute.").append(i).append("\", \"authorships\": [");
            List<String> countries = papers.get(i);
            for (int j = 0; j < countries.size(); j++) {
                sb.append(j > 0 ? ", " : "").append("{\"author\": {\"display_name\": \"Author ").append(i)
                        .append('-').append(j).append("\"}, \"raw_affiliation_strings\": [\"Institute ")
                        .append(j).append(", ").append(countries.get(j)).append("\"]}");
            }
            sb.append("]}\n");
        }
        Files.writeString(dir.resolve("works.jsonl"), sb.toString());
        return dir;
    }

    /** The sample corpus's settings ({@link Cli#SAMPLE}) followed by {@code more}. */
    static List<String> sampleWith(String... more) {
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < Cli.SAMPLE.length; i += 2) {
            settings.add(Cli.SAMPLE[i]);
        }
        settings.addAll(Arrays.asList(more));
        return settings;
    }

    /** {@code command} (the first of {@code more}) on {@code corpus}, with the rest of {@code more} after it. */
    Cli pipeline(Path corpus, String... more) {
        return pipeline(out, corpus, more);
    }

    /** {@code more} on {@code corpus}, with output directory {@code outputDir}. */
    static Cli pipeline(Path outputDir, Path corpus, String... more) {
        List<String> args = new ArrayList<>(Arrays.asList(more));
        // the country level and a few replicates: what is recomputed, skipped or kept does not depend on the levels
        args.addAll(1, List.of("--set", "output.dir=" + outputDir, "--set", "ingest.years=all",
                "--set", "ingest.inputs=[{format=openalex,path=\"" + corpus + "\"}]",
                "--set", "graph.levels=[country]", "--set", "uncertainty.replicates=20"));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.exitCode(), c.out() + c.err());
        return c;
    }

    String latest() throws IOException {
        return Files.readString(out.resolve("latest")).strip();
    }

    JsonNode stage(String run, String stage) {
        return Cli.json(out.resolve("runs").resolve(run).resolve(stage).resolve("_run.json"));
    }

    @Test
    void aRecomputeOnTheSameInputGivesIdenticalTablesAndMovesLatest(SparkSession spark) throws IOException {
        assertEquals(List.of("r1", "r2", "r3"), latestAfterEachRun);
        int tables = Tables.assertRunsEqual(spark, out.resolve("runs/r1"), out.resolve("runs/r2"), 0.0);
        assertTrue(tables >= 7, "tables compared: " + tables);
        for (String s : List.of("ingest", "resolve", "graph", "centrality")) {
            assertTrue(Files.exists(out.resolve("runs/r2").resolve(s).resolve("_SUCCESS")), s + " committed");
            assertEquals(stage("r1", s).get("stage_key"), stage("r2", s).get("stage_key"), s);
        }
        assertEquals(6, stage("r2", "ingest").at("/counts/accepted").asLong());
    }

    @Test
    void resumeAfterACrashSkipsTheCompletedStagesAndRerunsTheRest(SparkSession spark) throws IOException {
        // What a crash during graph leaves: graph without its commit marker and with a half-written file,
        // no centrality, latest still on the previous run.
        Path r2 = out.resolve("runs/r2");
        Files.delete(r2.resolve("graph/_SUCCESS"));
        Files.writeString(r2.resolve("graph/part-half-written"), "x");
        deleteTree(r2.resolve("centrality"));
        Files.writeString(out.resolve("latest"), "r1\n");
        String ingestStarted = stage("r2", "ingest").get("started").asText();
        String resolveStarted = stage("r2", "resolve").get("started").asText();

        Cli c = pipeline(corpusA, "pipeline", "--resume", "r2");
        assertTrue(c.out().contains("ingest: complete with unchanged inputs and configuration, skipped"), c.out());
        assertTrue(c.out().contains("resolve: complete with unchanged inputs and configuration, skipped"), c.out());
        assertFalse(c.out().contains("graph: complete"), c.out());
        assertEquals(ingestStarted, stage("r2", "ingest").get("started").asText(), "ingest not rerun");
        assertEquals(resolveStarted, stage("r2", "resolve").get("started").asText(), "resolve not rerun");
        assertFalse(Files.exists(r2.resolve("graph/part-half-written")), "the incomplete stage was redone whole");
        assertEquals("r2", latest());
        Tables.assertRunsEqual(spark, out.resolve("runs/r1"), r2, 0.0);
        JsonNode run = Cli.json(r2.resolve("_run.json"));
        assertEquals("succeeded", run.get("status").asText());
        assertTrue(run.at("/stages/ingest/skipped").isTextual());

        // Settings that change how, not what: nothing to redo.
        Cli same = pipeline(corpusA, "pipeline", "--resume", "r2", "--set", "spark.shuffle-partitions=3");
        for (String s : List.of("ingest", "resolve", "graph", "centrality")) {
            assertTrue(same.out().contains(s + ": complete with unchanged inputs and configuration, skipped"),
                    same.out());
        }
    }

    @Test
    void changedInputsAreRecomputed() throws IOException {
        // a changed input file (new modification time) reruns every stage; the time is put back afterwards, for the
        // other tests' copies of the schedule
        Path works = corpusA.resolve("works.jsonl");
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(works);
        Files.setLastModifiedTime(works, java.nio.file.attribute.FileTime.fromMillis(modified.toMillis() + 60_000));
        try {
            String before = stage("r2", "ingest").get("stage_key").asText();
            Cli c = pipeline(corpusA, "pipeline", "--resume", "r2");
            assertFalse(c.out().contains("skipped"), c.out());
            assertNotEquals(before, stage("r2", "ingest").get("stage_key").asText());
            assertEquals("r2", latest());
        } finally {
            Files.setLastModifiedTime(works, modified);
        }
    }

    @Test
    void settingsThatChangeResultsChangeTheStageKeysAndExecutionSettingsDoNot() {
        // explicit inputs: the embedded default's inputs live under output.dir, which would make it result-affecting
        String base = StageKeys.resultsHash(ConfigLoader.load(List.of(), sampleWith()));
        assertNotEquals(base, StageKeys.resultsHash(ConfigLoader.load(List.of(), sampleWith("graph.counting=fractional"))));
        assertNotEquals(base, StageKeys.resultsHash(ConfigLoader.load(List.of(), sampleWith("ingest.years=all"))));
        for (String execution : List.of("spark.shuffle-partitions=3", "spark.master=\"local[1]\"",
                "output.dir=/elsewhere", "output.keep-runs=4", "spark.properties.\"spark.executor.memory\"=2g")) {
            assertEquals(base, StageKeys.resultsHash(ConfigLoader.load(List.of(), sampleWith(execution))), execution);
        }
        assertNotEquals(StageKeys.stageKey(StageId.INGEST, "v1", base, "in"),
                StageKeys.stageKey(StageId.INGEST, "v2", base, "in"), "a new version recomputes");
    }

    @Test
    void latestMovesOnlyToRunsWhereEveryStageIsComplete() throws IOException {
        Cli c = pipeline(corpusA, "ingest", "--run-id", "i1");
        assertEquals("r3", latest());
        assertTrue(c.out().contains("latest not moved (stage 'resolve' is not complete)"), c.out());
        assertEquals("partial", Cli.json(out.resolve("runs/i1/_run.json")).get("status").asText());
        // a later stage alone on a complete run keeps it complete and consistent: latest may move there
        pipeline(corpusA, "centrality", "--run-id", "r1", "--set", "output.overwrite=true");
        assertEquals("r1", latest());
    }

    /** The runner checks a stage's inputs (Stage.reads) before running it, naming the earliest stage missing. */
    @Test
    void aStageAloneOnARunWithoutItsInputsFailsNamingTheStageToRunFirst() throws IOException {
        pipeline(corpusA, "ingest", "--run-id", "i1");
        // the report stage reads ingest's, graph's and centrality's tables and checks none itself
        Cli c = Cli.run("report", "--run-id", "i1", "--set", "output.dir=" + out);
        assertEquals(2, c.exitCode(), c.out() + c.err());
        assertTrue(c.err().contains("stage 'graph' has not completed in run i1"), c.err());
        assertEquals("failed", stage("i1", "report").get("status").asText());
        assertFalse(Files.exists(out.resolve("runs/i1/report/_SUCCESS")));
    }

    @Test
    void retentionKeepsTheNewestCompleteRuns() throws IOException {
        pipeline(corpusA, "ingest", "--run-id", "i1");
        pipeline(corpusA, "centrality", "--run-id", "r1", "--set", "output.overwrite=true", "--set",
                "output.keep-runs=2");
        assertEquals("r1", latest());
        // complete runs by completion time: r2, r3, then r1 (its centrality stage rerun just now)
        assertFalse(Files.exists(out.resolve("runs/r2")), "oldest complete run deleted");
        assertTrue(Files.exists(out.resolve("runs/r1")));
        assertTrue(Files.exists(out.resolve("runs/r3")));
        assertTrue(Files.exists(out.resolve("runs/i1")), "incomplete runs stay for --resume");
    }

    @Test
    void diffReportsTheKnownChanges() throws IOException {
        Path dir = out.resolve("../diff");
        Cli c = pipeline(corpusB, "diff", "r1", "r3", "--top", "3", "--out", dir.toString());
        assertTrue(c.out().contains("papers: 6 -> 11 (+5)"), c.out());
        assertTrue(c.out().contains("country, top 3 by papers: entered [KR]; left [CN]"), c.out());
        Map<String, String[]> papers = new TreeMap<>();
        Map<String, String[]> degree = new TreeMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("diff.csv"));
        assertEquals("level,metric,id,value_a,value_b,rank_a,rank_b,rank_change,top_n_status", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals("country") && f[1].equals("papers")) {
                papers.put(f[2], f);
            } else if (f[0].equals("country") && f[1].equals("degree")) {
                degree.put(f[2], f);
            }
        }
        assertEquals(List.of("CN", "DE", "FR", "JP", "KR", "US"), List.copyOf(papers.keySet()));
        // id -> value_a, value_b, rank_a, rank_b, rank_change, status (hand-worked from the corpora)
        assertRow(papers.get("JP"), "4", "4", "1", "2", "-1", "stayed");
        assertRow(papers.get("US"), "3", "4", "2", "2", "0", "stayed");
        assertRow(papers.get("CN"), "2", "3", "3", "4", "-1", "left");
        assertRow(papers.get("KR"), "", "5", "", "1", "", "entered");
        assertRow(papers.get("DE"), "1", "1", "4", "5", "-1", "outside");
        assertRow(papers.get("FR"), "", "1", "", "5", "", "outside");
        assertRow(degree.get("JP"), "3", "3", "1", "1", "0", "stayed");
        assertRow(degree.get("KR"), "", "3", "", "1", "", "entered");
        assertRow(degree.get("US"), "1", "2", "2", "3", "-1", "stayed");
        String md = Files.readString(dir.resolve("diff.md"));
        assertTrue(md.contains("## country: top 3 by eigenvector"), md);
        assertTrue(md.contains("| KR |  | 1 |  |  | 5 | entered |"), md);
    }

    private static void assertRow(String[] f, String valueA, String valueB, String rankA, String rankB,
                                  String change, String status) {
        assertEquals(List.of(valueA, valueB, rankA, rankB, change, status),
                List.of(f[3], f[4], f[5], f[6], f[7], f[8]), String.join(",", f));
    }

    static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
