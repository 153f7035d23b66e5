package org.collabatlas.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.ingest.YearWindow;
import org.junit.jupiter.api.Test;

/** The report of a small hand-made run: four countries, two years, two categories, two institutions. */
class ReportBuilderTest {
    static final Settings.Report SETTINGS = new Settings.Report("JP", List.of("JP", "KR", "CN", "MN"), 100,
            YearWindow.parse("2016-2022"), 30, TypologyTest.DEFAULTS, ActivityIndexTest.RULE);

    static NodeMetrics m(String id, long papers, double eigenvector) {
        return new NodeMetrics(id, id, null, papers, papers / 4, 0.25, 2, papers / 10.0, eigenvector, 0.25,
                eigenvector / 10);
    }

    static ReportInput input(boolean withExtras) {
        Map<String, List<NodeMetrics>> slices = new LinkedHashMap<>();
        slices.put("all", List.of(m("JP", 100, 0.3), m("CN", 500, 0.6), m("KR", 60, 0.2), m("US", 340, 0.7)));
        slices.put("year=2020", List.of(m("CN", 200, 0.6), m("US", 150, 0.5), m("JP", 50, 0.3), m("KR", 30, 0.2)));
        slices.put("year=2021", List.of(m("US", 190, 0.7), m("CN", 300, 0.6), m("KR", 30, 0.35), m("JP", 50, 0.3)));
        slices.put("year=2010", List.of(m("US", 1, 1.0)));
        List<ReportInput.CategoryCount> cats = null;
        Map<String, Map<String, Long>> byCountry = null;
        List<NodeMetrics> inst = null;
        List<Interval> intervals = null;
        if (withExtras) {
            slices.put("category=ai", List.of(m("JP", 30, 0.2), m("CN", 100, 0.7), m("US", 60, 0.6), m("KR", 10, 0.1)));
            cats = List.of(new ReportInput.CategoryCount("ai", 200, 40), new ReportInput.CategoryCount("net", 100, 10),
                    new ReportInput.CategoryCount(ReportInput.UNCATEGORISED, 700, 60));
            byCountry = new HashMap<>();
            byCountry.put("JP", Map.of("ai", 30L, "net", 5L));
            byCountry.put("CN", Map.of("ai", 100L, "net", 50L));
            byCountry.put("US", Map.of("ai", 60L, "net", 40L));
            byCountry.put("KR", Map.of("ai", 10L, "net", 5L));
            inst = List.of(new NodeMetrics("https://ror.org/057zh3y96", "JP", "University of Tokyo", 40, 10, 0.25, 3,
                            5, 0.2, 0.1, 0.01),
                    new NodeMetrics("https://ror.org/042nb2s44", "US", "MIT", 80, 20, 0.25, 3, 9, 0.5, 0.2, 0.2),
                    new NodeMetrics("cluster:abc", "KR", "KAIST", 20, 5, 0.25, 1, 1, 0.15, 0.1, 0.0));
            intervals = new ArrayList<>();
            intervals.add(new Interval("country", "all", "JP", "eigenvector", 0.3, 0.29, 0.25, 0.35, 3, 2, 4, 100));
            intervals.add(new Interval("country", "all", "JP", "betweenness", 0.03, 0.03, 0.01, 0.05, 3, 2, 4, 100));
        }
        return new ReportInput("r1", 1100, 1000, 190, cats, slices,
                List.of(new Edge("CN", "JP", 10), new Edge("CN", "US", 40), new Edge("JP", "KR", 5)), byCountry, inst,
                withExtras ? Map.of("https://ror.org/042nb2s44", 3.0) : Map.of(), intervals);
    }

    static Table table(Report r, String name) {
        return r.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    static List<Object> rowOf(Table t, String column, Object value) {
        int i = t.columnIndex(column);
        return t.rows().stream().filter(r -> value.equals(r.get(i))).findFirst().orElseThrow();
    }

    static List<Object> rowOf(Table t, String c1, Object v1, String c2, Object v2) {
        int i = t.columnIndex(c1);
        int j = t.columnIndex(c2);
        return t.rows().stream().filter(r -> v1.equals(r.get(i)) && v2.equals(r.get(j))).findFirst().orElseThrow();
    }

    @Test
    void countryTablesAndTypology() {
        Report r = ReportBuilder.build(input(true), SETTINGS);
        Table all = table(r, ReportBuilder.COUNTRIES);
        assertEquals(List.of("CN", "US", "JP", "KR"), all.rows().stream().map(x -> x.get(1)).toList());
        Table region = table(r, ReportBuilder.COUNTRIES_REGION);
        assertEquals(List.of("JP", "KR", "CN"), region.rows().stream().map(x -> x.get(1)).toList(), "MN is absent");
        assertEquals("leading globally", rowOf(all, "country", "CN").get(all.columnIndex("type")));
        assertEquals("leading globally", rowOf(all, "country", "US").get(all.columnIndex("type")));
        // KR: 60 papers (100 / 2.5 = 40 <= 60), eigenvector 0.2 (0.3 / 2 = 0.15 <= 0.2): similar
        assertEquals("similar to reference", rowOf(all, "country", "KR").get(all.columnIndex("type")));
        assertEquals("reference", rowOf(all, "country", "JP").get(all.columnIndex("type")));
        assertEquals(0.25, rowOf(all, "country", "JP").get(all.columnIndex("eigenvector_ci_low")));
        assertEquals(4, rowOf(all, "country", "JP").get(all.columnIndex("eigenvector_rank_high")));
        Table overall = table(r, ReportBuilder.OVERALL);
        assertEquals(0.19, (Double) rowOf(overall, "figure", "internationally co-authored papers").get(2), 1e-12);
        Table cats = table(r, ReportBuilder.CATEGORIES);
        assertEquals(0.2, (Double) rowOf(cats, "category", "ai").get(2), 1e-12);
        assertEquals(0.2, (Double) rowOf(cats, "category", "ai").get(4), 1e-12);
    }

    @Test
    void trendsRankChanges() {
        Table t = table(ReportBuilder.build(input(false), SETTINGS), ReportBuilder.TRENDS);
        // 2020 eigenvector ranks CN 1, US 2, JP 3, KR 4; 2021: US 1, CN 2, KR 3, JP 4; 2010 is outside the window
        assertEquals(8, t.rows().size());
        int change = t.columnIndex("eigenvector_rank_change");
        assertNull(rowOf(t, "country", "US", "year", 2020).get(change));
        assertEquals(1, rowOf(t, "country", "US", "year", 2021).get(change));
        assertEquals(-1, rowOf(t, "country", "CN", "year", 2021).get(change));
        assertEquals(1, rowOf(t, "country", "KR", "year", 2021).get(change));
        assertEquals(-1, rowOf(t, "country", "JP", "year", 2021).get(change));
        assertEquals(4, rowOf(t, "country", "JP", "year", 2021).get(t.columnIndex("eigenvector_rank")));
        // papers ranks in 2021: CN 300, US 190, JP 50, KR 30
        assertEquals(3, rowOf(t, "country", "JP", "year", 2021).get(t.columnIndex("papers_rank")));
    }

    @Test
    void strengthsByActivityIndex() {
        Report r = ReportBuilder.build(input(true), SETTINGS);
        Table s = table(r, ReportBuilder.STRENGTHS);
        // world: 1000 papers, ai 200 (20%), net 100 (10%)
        // JP: ai 30/100 = 30% -> 1.5 strong; net 5/100 -> 0.5 weak
        List<Object> jpAi = rowOf(s, "country", "JP", "category", "ai");
        assertEquals(1.5, (Double) jpAi.get(s.columnIndex("activity_index")), 1e-12);
        assertEquals("strong", jpAi.get(s.columnIndex("strength")));
        assertEquals("weak", rowOf(s, "country", "JP", "category", "net").get(s.columnIndex("strength")));
        // CN: ai 100/500 = 1.0 neutral; US: net 40/340 = 1.176 neutral; KR: ai 10/60 = 0.833 neutral
        assertEquals("neutral", rowOf(s, "country", "CN", "category", "ai").get(s.columnIndex("strength")));
        assertEquals(40.0 / 340 / 0.1, (Double) rowOf(s, "country", "US", "category", "net")
                .get(s.columnIndex("activity_index")), 1e-12);
        // eigenvector ranks: all US 1, CN 2, JP 3, KR 4; ai CN 1, US 2, JP 3, KR 4
        assertEquals(1, rowOf(s, "country", "CN", "category", "ai").get(s.columnIndex("rank_change")));
        assertEquals(-1, rowOf(s, "country", "US", "category", "ai").get(s.columnIndex("rank_change")));
        // no category=net slice: no position there
        assertNull(rowOf(s, "country", "JP", "category", "net").get(s.columnIndex("eigenvector_rank_in_category")));
        Table m = table(r, ReportBuilder.STRENGTHS_MATRIX);
        assertEquals("1.50 strong", rowOf(m, "country", "JP").get(m.columnIndex("ai")));
    }

    @Test
    void partnerInstitutions() {
        Report r = ReportBuilder.build(input(true), SETTINGS);
        Table inst = table(r, ReportBuilder.INSTITUTIONS);
        assertEquals(List.of("MIT", "University of Tokyo", "KAIST"),
                inst.rows().stream().map(x -> x.get(2)).toList());
        Table p = table(r, ReportBuilder.PARTNER_INSTITUTIONS);
        // relative to Tokyo (40 papers, 0.2): MIT leading globally, KAIST (20 >= 16, 0.15 >= 0.1) similar
        assertEquals(List.of("MIT", "KAIST"), p.rows().stream().map(x -> x.get(2)).toList());
        assertEquals("leading globally", p.rows().get(0).get(p.columnIndex("type")));
        assertEquals(3.0, p.rows().get(0).get(p.columnIndex("papers_with_reference")));
        assertEquals("similar to reference", p.rows().get(1).get(p.columnIndex("type")));
    }

    @Test
    void missingStagesAreSaidNotComputed() {
        Report r = ReportBuilder.build(input(false), SETTINGS);
        String md = MarkdownReport.render(r);
        assertTrue(md.contains("ICT categories: not computed"), md);
        assertTrue(md.contains("Strengths and weaknesses per category: not computed"));
        assertTrue(md.contains("Bootstrap confidence intervals: not computed"));
        assertTrue(md.contains("Institution tables and partner institutions: not computed"));
        assertNull(table(r, ReportBuilder.UNCERTAINTY));
        assertFalse(table(r, ReportBuilder.COUNTRIES).columns().stream()
                .anyMatch(c -> c.name().startsWith("eigenvector_ci")));
        Settings.Report noRef = new Settings.Report("FR", List.of(), 100, YearWindow.ALL, 30,
                TypologyTest.DEFAULTS, ActivityIndexTest.RULE);
        assertTrue(MarkdownReport.render(ReportBuilder.build(input(false), noRef))
                .contains("Partner typology: not computed (the reference country FR has no papers"));
    }

    @Test
    void chartsAreWellFormedSvgAndTheNotebookIsNbformat4() throws Exception {
        Report r = ReportBuilder.build(input(true), SETTINGS);
        assertEquals(List.of("scatter", "network", "trends"), r.charts().stream().map(Report.Chart::name).toList());
        for (Report.Chart c : r.charts()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            assertEquals("svg", f.newDocumentBuilder().parse(new ByteArrayInputStream(
                    c.svg().getBytes(StandardCharsets.UTF_8))).getDocumentElement().getLocalName());
        }
        // the scatter holds a confidence bar for JP (the one interval) and labels every country
        assertTrue(r.charts().get(0).svg().contains(">KR</text>"));
        JsonNode nb = new ObjectMapper().readTree(NotebookReport.render(r, "/data/runs/r1/report"));
        assertEquals(4, nb.get("nbformat").asInt());
        int svgs = 0;
        int tables = 0;
        for (JsonNode cell : nb.get("cells")) {
            assertTrue(cell.get("id").asText().matches("[a-zA-Z0-9_-]{1,64}"));
            if (cell.get("cell_type").asText().equals("code")) {
                for (JsonNode o : cell.get("outputs")) {
                    svgs += o.at("/data").has("image/svg+xml") ? 1 : 0;
                    tables += o.at("/data").has("text/html") ? 1 : 0;
                }
            }
        }
        assertEquals(3, svgs);
        assertEquals(r.tables().size(), tables);
        String html = HtmlReport.render(r);
        for (Table t : r.tables()) {
            assertTrue(html.contains("<table id=\"t-" + t.name() + "\">"), t.name());
        }
        assertFalse(html.contains("<script"));
        // self-contained: nothing is loaded from elsewhere (ROR ids are text, not links)
        assertFalse(html.matches("(?s).*(<link|<img|<iframe|\\ssrc=|@import|url\\().*"), "external resources");
        assertEquals(html, HtmlReport.render(ReportBuilder.build(input(true), SETTINGS)), "deterministic");
    }

    /** The notebook against Jupyter's own schema (Debian's python3-nbformat); skipped, saying why, without it. */
    @Test
    void theNotebookValidatesWithNbformat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        String python = System.getProperty("collabatlas.python", "/usr/bin/python3");
        boolean available = java.nio.file.Files.isExecutable(java.nio.file.Path.of(python))
                && new ProcessBuilder(python, "-c", "import nbformat").start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(available,
                "skipped: " + python + " cannot import nbformat (apt-get install python3-nbformat)");
        java.nio.file.Path nb = tmp.resolve("report.ipynb");
        java.nio.file.Files.writeString(nb, NotebookReport.render(ReportBuilder.build(input(true), SETTINGS), "r"));
        Process p = new ProcessBuilder(python, "-c", "import sys, nbformat; "
                + "nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print(len(nb.cells))",
                nb.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }

    @Test
    void tableRendering() {
        Table t = new Table("x", "X", List.of(Table.Column.string("name"), Table.Column.count("n"),
                Table.Column.decimal("v", 2)), List.of(java.util.Arrays.asList("a,b", 3L, 0.125),
                java.util.Arrays.asList("c|d", null, null)));
        assertEquals("name,n,v\n\"a,b\",3,0.125\nc|d,,\n", t.toCsv());
        assertEquals("| name | n | v |\n|---|---:|---:|\n| a,b | 3 | 0.13 |\n| c\\|d |  |  |\n", t.toMarkdown());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Table("y", "Y",
                List.of(Table.Column.count("n")), List.of(List.of(1))));
    }
}
