package org.collabatlas.classify;

import static org.collabatlas.schema.Columns.CATEGORY;
import static org.collabatlas.schema.Columns.PAPER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.classify.Category;
import org.collabatlas.common.classify.KeywordClassifier;
import org.collabatlas.common.classify.Taxonomy;
import org.collabatlas.common.config.Settings;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The classify stage on hand-built papers (known answers) and on the embedded sample corpus through the CLI. */
@ExtendWith(SparkTestSession.class)
class ClassifyJobTest {
    private static final Taxonomy TWO = Taxonomy.of(List.of(
            new Category("ai", "AI", "", List.of("machine learning", "neural network"), List.of()),
            new Category("networks", "Networks", "", List.of("network", "5G"), List.of("neural network"))));

    @TempDir
    Path tmp;

    private static Row paper(String id, String title, String... keywords) {
        List<Row> kws = new ArrayList<>();
        for (String k : keywords) {
            kws.add(RowFactory.create(k, "author"));
        }
        return RowFactory.create(id, null, title, 2020, null, null, keywords.length == 0 ? null : kws, "wos", id,
                null, 1);
    }

    /**
     * p1 only AI (the "network" of "neural network" is excluded for networks), p2 both, p3 networks from its title
     * alone, p4 none (no keywords, unrelated title), p5 none with titles off would still be none.
     */
    @Test
    void handBuiltPapersGetTheirCategoriesAndCounts(SparkSession spark) {
        List<Row> rows = List.of(
                paper("p1", "A study", "Convolutional Neural Networks"),
                paper("p2", null, "machine learning", "5G networks"),
                paper("p3", "Slicing 5G networks"),
                paper("p4", "On pottery"),
                paper("p5", null, "pottery", "kilns"));
        String ingest = tmp.resolve("ingest").toString();
        spark.createDataFrame(rows, Schemas.PAPERS).write().parquet(Table.PAPERS.in(ingest));
        String stage = tmp.resolve("classify").toString();
        StageReport report = new StageReport("classify");
        ClassifyJob.run(spark, TWO, true, ingest, stage, report);

        List<String> got = new ArrayList<>();
        for (Row r : spark.read().schema(Schemas.PAPER_CATEGORIES).parquet(Table.PAPER_CATEGORIES.in(stage))
                .orderBy(PAPER_ID, CATEGORY).collectAsList()) {
            got.add(r.getString(0) + ":" + r.getString(1));
        }
        assertEquals(List.of("p1:ai", "p2:ai", "p2:networks", "p3:networks"), got);

        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) report.get("counts");
        assertEquals(5L, counts.get("papers"));
        assertEquals(3L, counts.get("classified"));
        assertEquals(2L, counts.get("unclassified"));
        assertEquals(0.4, counts.get("unclassified_share"));
        assertEquals(4L, counts.get("assignments"));
        assertEquals(Map.of("name", "AI", "papers", 2L, "share", 0.4), categories(counts).get("ai"));
        assertEquals(Map.of("name", "Networks", "papers", 2L, "share", 0.4), categories(counts).get("networks"));

        // titles off: p3 loses its only category
        String stage2 = tmp.resolve("classify-no-titles").toString();
        StageReport report2 = new StageReport("classify");
        ClassifyJob.run(spark, TWO, false, ingest, stage2, report2);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts2 = (Map<String, Object>) report2.get("counts");
        assertEquals(2L, counts2.get("classified"));
        assertEquals(Map.of("name", "Networks", "papers", 1L, "share", 0.2), categories(counts2).get("networks"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> categories(Map<String, Object> counts) {
        return (Map<String, Object>) counts.get("categories");
    }

    /**
     * The pipeline on the embedded sample corpus: paper_categories equals what the pure classifier gives each paper
     * on the driver (with the shipped taxonomy), and _run.json's counts add up.
     */
    @Test
    void sampleCorpusThroughTheCliAgreesWithTheClassifierOnTheDriver(SparkSession spark) {
        Fixtures.Run fixture = Fixtures.sample();
        Path out = fixture.outputDir();
        assertTrue(fixture.out().contains("classify: done -> "), fixture.out());

        KeywordClassifier classifier = new KeywordClassifier(ClassifyJob.taxonomy(
                spark.sparkContext().hadoopConfiguration(), new Settings.Classify(null, true)), true);
        TreeSet<String> expected = new TreeSet<>();
        Map<String, Long> perCategory = new TreeMap<>();
        long papers = 0;
        long classified = 0;
        for (Row p : spark.read().schema(Schemas.PAPERS).parquet(out + "/runs/sample/ingest/papers").collectAsList()) {
            papers++;
            List<String> kws = new ArrayList<>();
            if (!p.isNullAt(p.fieldIndex("keywords"))) {
                for (Row k : p.<Row>getList(p.fieldIndex("keywords"))) {
                    kws.add(k.getString(0));
                }
            }
            List<String> cats = classifier.classify(kws, p.getString(p.fieldIndex("title")));
            classified += cats.isEmpty() ? 0 : 1;
            for (String cat : cats) {
                expected.add(p.getString(0) + ":" + cat);
                perCategory.merge(cat, 1L, Long::sum);
            }
        }
        TreeSet<String> got = new TreeSet<>();
        for (Row r : spark.read().schema(Schemas.PAPER_CATEGORIES)
                .parquet(out + "/runs/sample/classify/paper_categories").collectAsList()) {
            got.add(r.getString(0) + ":" + r.getString(1));
        }
        assertEquals(expected, got);
        assertEquals(40, papers);
        assertTrue(classified >= 30, "the sample corpus is of ICT papers; only " + classified + " classified");

        JsonNode stage = Cli.json(out.resolve("runs/sample/classify/_run.json"));
        assertEquals("succeeded", stage.get("status").asText());
        assertEquals(papers, stage.at("/counts/papers").asLong());
        assertEquals(classified, stage.at("/counts/classified").asLong());
        assertEquals(papers - classified, stage.at("/counts/unclassified").asLong());
        assertEquals(got.size(), stage.at("/counts/assignments").asLong());
        assertEquals(List.of("ai", "iot", "edge", "security", "devices", "networks", "bigdata", "optical-quantum"),
                iterate(stage.at("/counts/categories")));
        for (String id : iterate(stage.at("/counts/categories"))) {
            long n = perCategory.getOrDefault(id, 0L);
            assertEquals(n, stage.at("/counts/categories/" + id + "/papers").asLong(), id);
            assertEquals(Math.round(1e6 * n / (double) papers) / 1e6,
                    stage.at("/counts/categories/" + id + "/share").asDouble(), 1e-12, id);
        }
        assertEquals("taxonomy.conf (shipped)", stage.at("/taxonomy/origin").asText());
        assertEquals("succeeded", Cli.json(out.resolve("runs/sample/graph/_run.json")).get("status").asText());
        assertEquals("succeeded", Cli.json(out.resolve("runs/sample/centrality/_run.json")).get("status").asText());

        // the stage alone, again, on the same run, with a user's taxonomy file
        Path mine = tmp.resolve("mine.conf");
        write(mine, "taxonomy.categories = [ { id = everything, name = \"All\", terms = [\"a\", \"the\", \"of\"] } ]");
        Path copy = fixture.copyTo(tmp.resolve("copy")).outputDir();
        Cli again = Cli.run("classify", "--run-id", "sample", "--set", "output.dir=" + copy,
                "--set", "classify.taxonomy=\"" + mine + "\"", "--set", "output.overwrite=true");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode stage2 = Cli.json(copy.resolve("runs/sample/classify/_run.json"));
        assertEquals(mine.toString(), stage2.at("/taxonomy/origin").asText());
        assertEquals(List.of("everything"), iterate(stage2.at("/counts/categories")));
    }

    @Test
    void aBadOrMissingTaxonomyStopsTheRunBeforeAnyStage() {
        Path out = tmp.resolve("out");
        Path bad = tmp.resolve("bad.conf");
        write(bad, "taxonomy.categories = [ { id = AI, name = \"AI\", terms = [] } ]");
        Cli c = Cli.run(Cli.sample("pipeline", "--run-id", "b1", "--set", "output.dir=" + out,
                "--set", "classify.taxonomy=\"" + bad + "\""));
        assertEquals(2, c.exitCode());
        assertTrue(c.err().contains(bad + ": taxonomy.categories[0].id: must be lower-case"), c.err());
        assertTrue(c.err().contains(bad + ": taxonomy.categories[0].terms: is empty"), c.err());
        assertTrue(!Files.exists(out.resolve("runs/b1/ingest")), "ingest ran before the taxonomy was checked");

        Cli missing = Cli.run(Cli.sample("pipeline", "--run-id", "b2", "--set", "output.dir=" + out,
                "--set", "classify.taxonomy=\"" + tmp.resolve("nope.conf") + "\""));
        assertEquals(3, missing.exitCode());
        assertTrue(missing.err().contains("classify.taxonomy: " + tmp.resolve("nope.conf") + " does not exist"),
                missing.err());
    }

    private static List<String> iterate(JsonNode obj) {
        List<String> out = new ArrayList<>();
        obj.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
