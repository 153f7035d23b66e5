package org.collabatlas.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collab-atlas report} on the embedded sample corpus: first without categories and intervals (the report
 * says "not computed"), then again after hand-made {@code classify/paper_categories} and
 * {@code uncertainty/intervals} tables are put into the run, checked against counts made here from the run's own
 * tables; and the HTML rendered in headless Chromium.
 */
@ExtendWith(SparkTestSession.class)
class ReportJobTest {
    @TempDir
    static Path out;
    static Path run;

    @BeforeAll
    static void pipeline() {
        Fixtures.sample().copyTo(out.resolve("sample"));
        run = out.resolve("sample/runs/sample");
        // the report of a run without the optional stages: drop them and report again
        for (String stage : List.of("classify", "uncertainty", "report")) {
            deleteTree(run.resolve(stage));
        }
        Cli again = Cli.run("report", "--run-id", "sample", "--set", "output.dir=" + out.resolve("sample"));
        assertEquals(0, again.exitCode(), again.err());
    }

    static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> csv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void tablesMatchTheCentralityMetricsAndSayWhatIsNotComputed(SparkSession spark) throws IOException {
        Path report = run.resolve("report");
        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("ICT categories: not computed"), md);
        assertTrue(md.contains("Bootstrap confidence intervals: not computed"));
        for (String t : List.of("overall", "countries", "countries_region", "typology", "trends", "countries_year")) {
            assertTrue(Files.isRegularFile(report.resolve("tables/" + t + ".csv")), t);
            assertTrue(Files.isRegularFile(report.resolve("tables/" + t + ".md")), t);
            assertEquals(csv(report.resolve("tables/" + t + ".csv")).size() - 1,
                    spark.read().parquet(report.resolve("tables/" + t).toString()).count(), t);
        }
        // the countries table holds the centrality stage's numbers for every country of slice all
        List<Row> metrics = spark.read().schema(Schemas.METRICS).parquet(run.resolve("centrality/metrics").toString())
                .filter(col("level").equalTo("country").and(col("slice").equalTo("all"))).collectAsList();
        Map<String, Row> byId = new HashMap<>();
        metrics.forEach(r -> byId.put(r.getString(0), r));
        List<Row> countries = spark.read().parquet(report.resolve("tables/countries").toString()).collectAsList();
        assertEquals(byId.size(), countries.size());
        long previous = Long.MAX_VALUE;
        for (Row r : countries) {
            Row m = byId.get(r.<String>getAs("country"));
            assertEquals(m.<Long>getAs("papers"), r.<Long>getAs("papers"));
            assertEquals(m.<Double>getAs("eigenvector"), r.<Double>getAs("eigenvector"));
            assertEquals(m.<Double>getAs("betweenness"), r.<Double>getAs("betweenness"));
            assertEquals(m.<Integer>getAs("degree"), r.<Integer>getAs("degree"));
            assertTrue(r.<Long>getAs("papers") <= previous, "sorted by papers");
            previous = r.getAs("papers");
        }
        // overall figures, counted here from the resolved authorships
        Map<String, Set<String>> countriesOfPaper = new HashMap<>();
        for (Row r : spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(run.resolve("resolve/authorships_resolved").toString()).select("paper_id", "country")
                .collectAsList()) {
            if (!r.isNullAt(1)) {
                countriesOfPaper.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
            }
        }
        long intl = countriesOfPaper.values().stream().filter(s -> s.size() >= 2).count();
        List<String> overall = csv(report.resolve("tables/overall.csv"));
        assertTrue(overall.contains("papers with an author of known country," + countriesOfPaper.size() + ","
                + (double) countriesOfPaper.size() / 40), overall.toString());
        assertTrue(overall.contains("internationally co-authored papers," + intl + ","
                + (double) intl / countriesOfPaper.size()), overall.toString());
        JsonNode summary = Cli.json(report.resolve("_run.json"));
        assertEquals("succeeded", summary.get("status").asText());
        assertEquals("not computed", summary.at("/inputs/categories").asText());
    }

    /** Categories and intervals, when their stages have written them, go into the tables. */
    @Test
    void categoriesAndIntervalsAreUsedWhenPresent(SparkSession spark) throws IOException {
        Path copy = out.resolve("with-extras");
        copyTree(run, copy.resolve("runs/x"));
        List<String> papers = spark.read().schema(Schemas.PAPERS).parquet(run.resolve("ingest/papers").toString())
                .select("paper_id").orderBy("paper_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        // hand-made categories: every 2nd paper "ai", every 3rd "net" (some both, some none)
        List<Row> cats = new ArrayList<>();
        Map<String, List<String>> catOf = new HashMap<>();
        for (int i = 0; i < papers.size(); i++) {
            if (i % 2 == 0) {
                cats.add(RowFactory.create(papers.get(i), "ai"));
                catOf.computeIfAbsent(papers.get(i), k -> new ArrayList<>()).add("ai");
            }
            if (i % 3 == 0) {
                cats.add(RowFactory.create(papers.get(i), "net"));
                catOf.computeIfAbsent(papers.get(i), k -> new ArrayList<>()).add("net");
            }
        }
        spark.createDataFrame(cats, Schemas.PAPER_CATEGORIES).coalesce(1).write()
                .parquet(copy.resolve("runs/x/classify/paper_categories").toString());
        List<Row> iv = List.of(
                RowFactory.create("country", "all", "JP", "eigenvector", 0.5, 0.49, 0.41, 0.58, 1, 1, 2, 100),
                RowFactory.create("country", "all", "JP", "betweenness", 0.01, 0.01, 0.0, 0.02, 1, 1, 5, 100));
        spark.createDataFrame(iv, Schemas.INTERVALS).coalesce(1).write()
                .parquet(copy.resolve("runs/x/uncertainty/intervals").toString());
        Cli c = Cli.run("report", "--run-id", "x", "--set", "output.dir=" + copy, "--set", "output.overwrite=true");
        assertEquals(0, c.exitCode(), c.err());
        Path report = copy.resolve("runs/x/report");

        // the Activity Index of every country and category, computed here from the authorships and categories
        Map<String, Set<String>> papersOf = new HashMap<>();
        for (Row r : spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(run.resolve("resolve/authorships_resolved").toString()).select("paper_id", "country")
                .collectAsList()) {
            if (!r.isNullAt(1)) {
                papersOf.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(0));
            }
        }
        Set<String> world = new HashSet<>();
        papersOf.values().forEach(world::addAll);
        Map<String, Long> worldIn = new HashMap<>();
        for (String p : world) {
            catOf.getOrDefault(p, List.of()).forEach(k -> worldIn.merge(k, 1L, Long::sum));
        }
        List<Row> strengths = spark.read().parquet(report.resolve("tables/strengths").toString()).collectAsList();
        assertEquals(2 * papersOf.size(), strengths.size());
        for (Row r : strengths) {
            String country = r.getAs("country");
            String cat = r.getAs("category");
            long in = papersOf.get(country).stream().filter(p -> catOf.getOrDefault(p, List.of()).contains(cat))
                    .count();
            double ai = ((double) in / papersOf.get(country).size()) / ((double) worldIn.get(cat) / world.size());
            assertEquals(in, r.<Long>getAs("papers_in_category"), country + " " + cat);
            assertEquals(ai, r.<Double>getAs("activity_index"), 1e-12, country + " " + cat);
            String expected = papersOf.get(country).size() < 10 ? "too few papers"
                    : ai >= 1.2 ? "strong" : ai <= 0.8 ? "weak" : "neutral";
            assertEquals(expected, r.getAs("strength"), country + " " + cat);
        }
        List<String> categories = csv(report.resolve("tables/categories.csv"));
        assertTrue(categories.get(0).startsWith("category,papers,share_of_papers"), categories.get(0));
        assertTrue(categories.stream().anyMatch(l -> l.startsWith("ai," + worldIn.get("ai") + ",")), categories.toString());
        assertTrue(categories.stream().anyMatch(l -> l.startsWith("(none),")), categories.toString());
        Row jp = spark.read().parquet(report.resolve("tables/countries").toString())
                .filter(col("country").equalTo("JP")).first();
        assertEquals(0.41, jp.<Double>getAs("eigenvector_ci_low"));
        assertEquals(2, jp.<Integer>getAs("eigenvector_rank_high"));
        assertEquals(2, spark.read().parquet(report.resolve("tables/uncertainty").toString()).count());
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains("<table id=\"t-strengths_matrix\">"));
        assertFalse(html.contains("Bootstrap confidence intervals: not computed"));
    }

    /**
     * The HTML in headless Chromium: the page loads, its DOM holds every table and the three SVG charts, no console
     * error is logged, and a screenshot is taken ({@code jobs/target/report-screenshot.png}, for a person to look at).
     */
    @Test
    void theHtmlRendersInHeadlessChromium() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "skipped: no chromium on this machine (apt-get install chromium; "
                + "or -Dcollabatlas.chromium=/path/to/chrome)");
        Path html = run.resolve("report/report.html");
        Path profile = Files.createTempDirectory(out, "chromium-profile");
        Path shot = Path.of(System.getProperty("collabatlas.root", "..")).resolve("jobs/target/report-screenshot.png")
                .toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        List<String> base = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
        List<String> dump = new ArrayList<>(base);
        dump.addAll(List.of("--dump-dom", html.toUri().toString()));
        Result d = exec(dump);
        assertEquals(0, d.code, d.err);
        assertTrue(d.out.contains("<h1>collab-atlas report</h1>"), d.out);
        for (String t : List.of("overall", "countries", "countries_region", "typology", "trends", "countries_year")) {
            assertTrue(d.out.contains("<table id=\"t-" + t + "\">"), t);
        }
        assertEquals(3, d.out.split("<svg ", -1).length - 1, "three charts");
        assertFalse(d.err.contains(":CONSOLE("), "console messages: " + d.err);
        assertFalse(d.err.contains("Uncaught"), d.err);
        List<String> screenshot = new ArrayList<>(base);
        screenshot.addAll(List.of("--window-size=1280,2400", "--screenshot=" + shot, html.toUri().toString()));
        Result s = exec(screenshot);
        assertEquals(0, s.code, s.err);
        assertTrue(Files.isRegularFile(shot), "no screenshot written: " + s.err);
        assertTrue(Files.size(shot) > 20_000, "a screenshot with content: " + Files.size(shot) + " bytes");
        System.out.println("report screenshot: " + shot);
    }

    record Result(int code, String out, String err) {
    }

    static Result exec(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(out, "chromium", ".err");
        Path stdout = Files.createTempFile(out, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 180 s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(stdout), Files.readString(err));
    }

    static String chromium() {
        String configured = System.getProperty("collabatlas.chromium");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
