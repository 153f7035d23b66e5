package org.collabatlas.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 * The whole pipeline over all the real records of {@code ../shared/data} (IEEE, ACM, WoS, Scopus; year window
 * {@code all}), checked against independent answers:
 * <ul>
 *   <li>ingest: record counts of shared/data/README.md; papers after merging (19,911, so 31 merged duplicates:
 *   WoS and Scopus records of one DOI) from an independent Python count over the raw files with the same rule;</li>
 *   <li>centrality: NetworkX 2.8 ({@code /usr/bin/python3}, Debian's python3-networkx) on the exported edges of
 *   every country slice: degree and strength equal, eigenvector and PageRank within 1e-6, exact betweenness
 *   within 1e-9; and sampled betweenness within its epsilon of the exact values for every vertex.</li>
 * </ul>
 */
@ExtendWith(SparkTestSession.class)
class SharedDataPipelineTest {
    static final Path PYTHON = Path.of(System.getProperty("collabatlas.python", "/usr/bin/python3"));

    @TempDir
    static Path tmp;
    /** The shared-data fixture's run directory (read only) and its output directory. */
    static Path test;
    static JsonNode ingest;
    static String run;

    @BeforeAll
    static void pipeline() {
        Fixtures.Run fixture = Fixtures.sharedData();
        test = fixture.runDir();
        run = test.toString();
        ingest = Cli.json(test.resolve("ingest/_run.json")).get("counts");
    }

    @Test
    void everyRecordIsAccountedFor() {
        assertEquals(5038 + 10341 + 4071 + 921, ingest.get("read").asLong());
        assertEquals(5038, ingest.at("/by_source/ieee-xplore-api/read").asLong());
        assertEquals(10341, ingest.at("/by_source/acm-dl/read").asLong());
        assertEquals(4071, ingest.at("/by_source/wos/read").asLong());
        assertEquals(921, ingest.at("/by_source/scopus/read").asLong());
        assertEquals(404, ingest.at("/by_source/ieee-xplore-api/rejected").asLong());
        assertEquals(0, ingest.at("/by_source/acm-dl/rejected").asLong());
        assertEquals(5, ingest.at("/by_source/wos/rejected").asLong());
        assertEquals(20, ingest.at("/by_source/scopus/rejected").asLong());
        assertEquals(429, ingest.at("/rejected_by_reason/no_authors").asLong());
        assertEquals(1, ingest.get("rejected_by_reason").size(), "no other reject on the real data");
        assertEquals(19911, ingest.get("accepted").asLong());
        assertEquals(31, ingest.get("merged").asLong());
    }

    @Test
    void theReportCoversTheRealRun() throws IOException {
        Path report = test.resolve("report");
        List<String> overall = Files.readAllLines(report.resolve("tables/overall.csv"));
        assertEquals("papers (after merging duplicates),19911,", overall.get(1));
        // one row per country vertex of slice all
        long countries = Files.readAllLines(test.resolve("export/country/all/metrics.csv")).size() - 1;
        assertEquals(countries + 1, Files.readAllLines(report.resolve("tables/countries.csv")).size());
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains("<table id=\"t-countries_region\">"));
        assertEquals(3, html.split("<svg ", -1).length - 1);
    }

    @Test
    void ingestTablesMatchTheSummary(SparkSession spark) {
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS).parquet(run + "/ingest/papers");
        assertEquals(19911, papers.count());
        assertEquals(19911, papers.select(countDistinct(col("paper_id"))).first().getLong(0));
        assertEquals(429, spark.read().schema(Schemas.REJECTS).parquet(run + "/ingest/rejects").count());
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS).parquet(run + "/ingest/authorships");
        assertEquals(ingest.get("authorship_rows").asLong(), authorships.count());
        assertEquals(ingest.get("authors").asLong(),
                authorships.select(col("paper_id"), col("author_position")).distinct().count());
        // IEEE and ACM never merge with anything here, so all their authors survive: 18,777 + 41,662
        assertEquals(18777 + 41662, authorships.join(papers.filter(col("source").isin("ieee-xplore-api", "acm-dl")),
                "paper_id").select(col("paper_id"), col("author_position")).distinct().count());
    }

    @Test
    void resolveKeepsEveryAuthorshipAndFindsMostCountries(SparkSession spark) {
        JsonNode counts = Cli.json(test.resolve("resolve/_run.json")).get("counts");
        assertEquals(ingest.get("authorship_rows").asLong(), counts.get("authorship_rows").asLong());
        Dataset<Row> resolved = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(run + "/resolve/authorships_resolved");
        assertEquals(counts.get("authorship_rows").asLong(), resolved.count());
        // WoS gives the country as the address's last part: every WoS affiliation resolves (checked per string
        // against WoS's own country in the common module's CountryResolverRealDataTest)
        long wosRows = resolved.join(spark.read().schema(Schemas.PAPERS).parquet(run + "/ingest/papers")
                .filter(col("source").equalTo("wos")), "paper_id").filter(col("raw_affiliation").isNotNull()).count();
        long wosResolved = resolved.join(spark.read().schema(Schemas.PAPERS).parquet(run + "/ingest/papers")
                .filter(col("source").equalTo("wos")), "paper_id").filter(col("raw_affiliation").isNotNull()
                .and(col("country").isNotNull())).count();
        assertTrue(wosResolved >= 0.999 * wosRows, wosResolved + " of " + wosRows);
    }

    @Test
    void resolveWritesConsistentInstitutionTables(SparkSession spark) {
        JsonNode counts = Cli.json(test.resolve("resolve/_run.json")).get("counts");
        Dataset<Row> resolved = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(run + "/resolve/authorships_resolved");
        Dataset<Row> institutions = spark.read().schema(Schemas.INSTITUTIONS).parquet(run + "/resolve/institutions");
        Dataset<Row> matches = spark.read().schema(Schemas.AFFILIATION_MATCHES)
                .parquet(run + "/resolve/affiliation_matches");
        assertEquals(0, resolved.filter(col("institution_ids").isNull()).count());
        assertEquals(counts.get("distinct_affiliations").asLong(), matches.count());
        assertEquals(institutions.count(), institutions.select(col("id")).distinct().count(), "ids are unique");
        Dataset<Row> used = resolved.select(explode(col("institution_ids")).as("id")).distinct();
        assertEquals(0, used.join(institutions, used.col("id").equalTo(institutions.col("id")), "left_anti").count(),
                "every institution id of an authorship is in institutions");
        assertEquals(0, institutions.filter(col("source").equalTo("ror")
                .and(not(col("id").startsWith("https://ror.org/0")))).count());
        assertEquals(0, institutions.filter(col("source").equalTo("cluster")
                .and(not(col("id").rlike("^cluster:[0-9a-f]{16}$")))).count());
        long rows = resolved.count();
        long ror = resolved.filter(col("institution_ids").getItem(0).startsWith("https://")).count();
        assertEquals(counts.get("authorship_rows_with_ror_institution").asLong(), ror);
        // most real affiliations name a ROR institution of the partial dump
        assertTrue(ror >= 0.5 * rows, ror + " of " + rows);
    }

    @Test
    void countryCentralitiesAgreeWithNetworkX() throws Exception {
        Assumptions.assumeTrue(networkx(), PYTHON + " cannot import networkx (apt-get install python3-networkx)");
        List<Path> slices;
        try (Stream<Path> s = Files.list(test.resolve("export/country"))) {
            slices = s.sorted().toList();
        }
        assertTrue(slices.size() >= 20, "all + one slice per year: " + slices);
        int checked = 0;
        JsonNode all = runNetworkX(slices);
        for (Path slice : slices) {
            Map<String, double[]> ours = readMetrics(slice.resolve("metrics.csv"));
            JsonNode ref = all.get(slice.toString());
            assertEquals(ours.size(), ref.size(), slice.toString());
            for (Map.Entry<String, double[]> e : ours.entrySet()) {
                JsonNode r = ref.get(e.getKey());
                double[] m = e.getValue();
                String where = slice.getFileName() + " " + e.getKey();
                assertEquals(r.get("degree").asDouble(), m[0], 0.0, where + " degree");
                assertEquals(r.get("strength").asDouble(), m[1], 1e-9, where + " strength");
                assertEquals(r.get("eigenvector").asDouble(), m[2], 1e-6, where + " eigenvector");
                assertEquals(r.get("pagerank").asDouble(), m[3], 1e-6, where + " pagerank");
                assertEquals(r.get("betweenness").asDouble(), m[4], 1e-9, where + " betweenness");
                checked++;
            }
        }
        assertTrue(checked > 500, "vertices checked: " + checked);
    }

    /** The bootstrap stage's estimates are the centrality stage's values, on every slice of the real data. */
    @Test
    void uncertaintyEstimatesAreTheCentralityValuesOnEverySlice(SparkSession spark) {
        Dataset<Row> metrics = spark.read().parquet(test.resolve("centrality/metrics").toString())
                .filter(col("level").equalTo("country"));
        Dataset<Row> intervals = spark.read().parquet(test.resolve("uncertainty/intervals").toString());
        assertEquals(2 * metrics.count(), intervals.count());
        List<Row> joined = intervals.join(metrics,
                        scala.collection.JavaConverters.asScalaBufferConverter(List.of("slice", "id")).asScala().toSeq())
                .select(col("slice"), col("id"), col("metric"), col("estimate"), col("eigenvector"), col("betweenness"),
                        col("rank_low"), col("rank_high"), col("replicates"))
                .collectAsList();
        assertEquals(intervals.count(), joined.size());
        for (Row r : joined) {
            double expected = "eigenvector".equals(r.getString(2)) ? r.getDouble(4) : r.getDouble(5);
            assertEquals(expected, r.getDouble(3), 0.0, r.getString(0) + " " + r.getString(1) + " " + r.getString(2));
            assertTrue(r.getInt(6) <= r.getInt(7));
            assertEquals(100, r.getInt(8));
        }
        assertTrue(intervals.select("slice").distinct().count() >= 20, "all + one slice per year");
    }

    /**
     * The institution graph (ROR institutions and clusters, domestic and international edges): every metric of the
     * three largest slices of at most 1,500 vertices, and all but betweenness (NetworkX's betweenness takes minutes
     * at this size) for the whole-window slice.
     */
    @Test
    void institutionCentralitiesAgreeWithNetworkX() throws Exception {
        Assumptions.assumeTrue(networkx(), PYTHON + " cannot import networkx (apt-get install python3-networkx)");
        Path level = test.resolve("export/institution");
        assertTrue(Files.isDirectory(level.resolve("all")), "the institution graph is exported: " + level);
        List<Path> slices;
        try (Stream<Path> s = Files.list(level)) {
            slices = s.filter(p -> !p.getFileName().toString().equals("all")).toList();
        }
        Map<Path, Long> size = new HashMap<>();
        for (Path p : slices) {
            try (Stream<String> lines = Files.lines(p.resolve("metrics.csv"))) {
                size.put(p, lines.count() - 1);
            }
        }
        List<Path> full = slices.stream().filter(p -> size.get(p) <= 1500)
                .sorted((a, b) -> Long.compare(size.get(b), size.get(a))).limit(3).toList();
        assertEquals(3, full.size(), "slices of at most 1,500 institutions: " + size);
        int checked = 0;
        for (Path slice : full) {
            checked += compareWithNetworkX(slice, true);
        }
        int whole = compareWithNetworkX(level.resolve("all"), false);
        assertTrue(whole > 1000, "institutions in the whole window: " + whole);
        assertTrue(checked > 300, "vertices checked with betweenness: " + checked);
    }

    private static int compareWithNetworkX(Path slice, boolean betweenness) throws Exception {
        Map<String, double[]> ours = readMetrics(slice.resolve("metrics.csv"));
        JsonNode ref = runNetworkX(slice, betweenness);
        assertEquals(ours.size(), ref.size(), slice.toString());
        for (Map.Entry<String, double[]> e : ours.entrySet()) {
            JsonNode r = ref.get(e.getKey());
            double[] m = e.getValue();
            String where = slice.getParent().getFileName() + "/" + slice.getFileName() + " " + e.getKey();
            assertEquals(r.get("degree").asDouble(), m[0], 0.0, where + " degree");
            assertEquals(r.get("strength").asDouble(), m[1], 1e-9, where + " strength");
            assertEquals(r.get("eigenvector").asDouble(), m[2], 1e-6, where + " eigenvector");
            assertEquals(r.get("pagerank").asDouble(), m[3], 1e-6, where + " pagerank");
            if (betweenness) {
                assertEquals(r.get("betweenness").asDouble(), m[4], 1e-9, where + " betweenness");
            }
        }
        return ours.size();
    }

    @Test
    void sampledBetweennessIsWithinItsEpsilon() throws IOException {
        Map<String, double[]> exact = readMetrics(test.resolve("export/country/all/metrics.csv"));
        Cli c = Cli.run("centrality", "--set", "output.dir=" + tmp.resolve("sampled"));
        assertEquals(2, c.exitCode(), "a stage alone needs an earlier run to continue");
        assertTrue(c.err().contains("no complete run in"), c.err());
        // a centrality-only run continues a run: a copy of the real-data run without its centrality stage
        copy(test, tmp.resolve("sampled/runs/sampled"));
        deleteRecursively(tmp.resolve("sampled/runs/sampled/centrality"));
        deleteRecursively(tmp.resolve("sampled/runs/sampled/export"));
        // the country level only: the check is on the country graph, and sampling every institution and author
        // slice as well would only take time
        for (String table : List.of("vertices", "edges")) {
            for (String level : List.of("institution", "author")) {
                deleteRecursively(tmp.resolve("sampled/runs/sampled/graph/" + table + "/level=" + level));
            }
        }
        c = Cli.run("centrality", "--run-id", "sampled", "--set", "output.dir=" + tmp.resolve("sampled"),
                "--set", "centrality.export-csv=true",
                "--set", "centrality.betweenness.exact-max-vertices=2",
                "--set", "centrality.betweenness.distribute-min-vertices=2",
                "--set", "centrality.betweenness.epsilon=0.02");
        assertEquals(0, c.exitCode(), c.err());
        Map<String, double[]> sampled = readMetrics(tmp.resolve("sampled/runs/sampled/export/country/all/metrics.csv"));
        assertEquals(exact.keySet(), sampled.keySet());
        double worst = 0;
        for (String id : exact.keySet()) {
            worst = Math.max(worst, Math.abs(exact.get(id)[4] - sampled.get(id)[4]));
        }
        assertTrue(worst <= 0.02, "largest error " + worst);
        JsonNode info = Cli.json(tmp.resolve("sampled/runs/sampled/centrality/_run.json"))
                .at("/slices/country~1all");
        assertEquals("sampled", info.at("/betweenness/method").asText());
        assertTrue(info.at("/betweenness/distributed").asBoolean());
    }

    /** id -> degree, strength, eigenvector, pagerank, betweenness. */
    static Map<String, double[]> readMetrics(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("id,papers,international_papers,international_ratio,degree,strength,eigenvector,pagerank,"
                + "betweenness", lines.get(0));
        Map<String, double[]> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.put(f[0], new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                Double.parseDouble(f[7]), Double.parseDouble(f[8])});
        }
        return out;
    }

    /** NetworkX on every slice directory in one process: {dir: {id: metrics}}. */
    static JsonNode runNetworkX(List<Path> slices) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON.toString(), script().toString(), "--many"));
        slices.forEach(s -> cmd.add(s.toString()));
        return run(new ProcessBuilder(cmd));
    }

    static Path script() {
        return Path.of(System.getProperty("collabatlas.root"), "jobs/src/test/resources/networkx_metrics.py");
    }

    static JsonNode run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), stderr);
        return new ObjectMapper().readTree(stdout);
    }

    static JsonNode runNetworkX(Path slice, boolean betweenness) throws IOException, InterruptedException {
        return run(new ProcessBuilder(PYTHON.toString(), script().toString(), slice.toString(),
                betweenness ? "with-betweenness" : "no-betweenness"));
    }

    static boolean networkx() {
        try {
            return Files.isExecutable(PYTHON)
                    && new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
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

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
