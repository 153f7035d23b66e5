package org.collabatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates within and across sources end as one paper; the accounting balances exactly. */
@ExtendWith(SparkTestSession.class)
class MergeDuplicatesTest {
    @TempDir
    static Path tmp;
    static Path out;
    static JsonNode counts;
    static Map<String, Row> papersByTitle;

    static String ieeeArticle(String number, String doi, String title, int year, String firstAuthor) {
        return "{\"article_number\": \"" + number + "\", " + (doi == null ? "" : "\"doi\": \"" + doi + "\", ")
                + "\"title\": \"" + title + "\", \"publication_year\": " + year + ", \"content_type\": \"Conferences\", "
                + "\"index_terms\": {\"ieee_terms\": {\"terms\": [\"Edge computing\"]}}, "
                + "\"authors\": {\"authors\": [{\"full_name\": \"" + firstAuthor + "\", \"author_order\": 1, "
                + "\"authorAffiliations\": {\"authorAffiliation\": [\"Osaka University, Japan\", \"RIKEN AIP, Japan\"]}},"
                + "{\"full_name\": \"Wei Zhang\", \"author_order\": 2, \"affiliation\": \"Tsinghua University, Beijing, China\"}]}}";
    }

    static String acmPaper(String doi, String title, int year, String firstAuthor) {
        return "{\"doi\": \"" + doi + "\", \"title\": \"" + title + "\", \"year\": " + year
                + ", \"tags\": [\"edge computing\", \"offloading\"], \"authors\": [{\"name\": \"" + firstAuthor
                + "\", \"institution\": \"Osaka Univ.\"}]}";
    }

    @BeforeAll
    static void ingest(SparkSession spark) throws IOException {
        Path ieee = Files.createDirectories(tmp.resolve("in/ieee"));
        Files.writeString(ieee.resolve("r1.json"), "{\"articles\": [\n"
                + ieeeArticle("100", "10.1109/EDGE.2020.00001", "Offloading at the Edge", 2020, "Taro Yamada") + ",\n"
                + ieeeArticle("101", "10.1109/EDGE.2020.00002", "Same Title, Other Paper", 2020, "Taro Yamada") + ",\n"
                + ieeeArticle("102", "10.1109/EDGE.2021.00009", "Same Title, Other Paper", 2021, "Taro Yamada") + ",\n"
                + ieeeArticle("103", "10.1109/EDGE.2014.1", "Too Old", 2014, "Taro Yamada") + "\n]}\n");
        Path acm = Files.createDirectories(tmp.resolve("in/acm"));
        Files.writeString(acm.resolve("a.jsonl"),
                acmPaper("https://doi.org/10.1109/edge.2020.00001", "Offloading at the edge.", 2020, "Yamada Taro") + "\n"
                + acmPaper("10.1145/3000000.3000001", "Sensing With Light", 2019, "Ana Silva") + "\n"
                + acmPaper("10.1145/3000000.3000001", "Sensing with light", 2019, "Ana Silva") + "\n"
                + "{\"doi\": \"10.1145/broken\", \"title\": \n");
        Path openalex = Files.createDirectories(tmp.resolve("in/openalex"));
        Files.writeString(openalex.resolve("w.jsonl"),
                "{\"id\": \"https://openalex.org/W1\", \"title\": \"Offloading at the Edge\", \"publication_year\": 2020,"
                + " \"type\": \"article\", \"authorships\": [{\"author\": {\"display_name\": \"Taro Yamada\"},"
                + " \"raw_affiliation_strings\": [\"Osaka University\"]}]}\n"
                + "{\"id\": \"https://openalex.org/W2\", \"title\": \"Quantum Links\", \"publication_year\": 2022,"
                + " \"authorships\": [{\"author\": {\"display_name\": \"Kim Min-jun\"},"
                + " \"raw_affiliation_strings\": [\"KAIST, Daejeon, Korea\"]}]}\n"
                + "{\"id\": \"https://openalex.org/W3\", \"title\": \"Quantum links\", \"publication_year\": 2022,"
                + " \"authorships\": [{\"author\": {\"display_name\": \"Kim Min-jun\"}}]}\n");
        out = tmp.resolve("out");
        Cli cli = Cli.ingest(out, "2016-2022", "ieee-xplore-api", ieee.toString(), "acm-dl", acm.toString(),
                "openalex", openalex.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        counts = Cli.json(out.resolve("runs/test/ingest/_run.json")).get("counts");
        papersByTitle = spark.read().schema(Schemas.PAPERS).parquet(out.resolve("runs/test/ingest/papers").toString())
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("title") + "|" + r.getAs("year"),
                        r -> r, (a, b) -> {
                            throw new AssertionError("two papers with one title and year: " + a + " / " + b);
                        }, TreeMap::new));
    }

    @Test
    void accountingBalances() {
        // read: 4 IEEE + 4 ACM units (3 records, 1 broken line) + 3 OpenAlex = 11
        assertEquals(11, counts.get("read").asLong());
        // rejected: the IEEE 2014 paper (outside the window) and the broken ACM line
        assertEquals(2, counts.get("rejected").asLong());
        assertEquals(1, counts.at("/rejected_by_reason/outside_year_window").asLong());
        assertEquals(1, counts.at("/rejected_by_reason/truncated").asLong());
        // papers: Offloading, Same Title 2020, Same Title 2021, Sensing, Quantum Links = 5
        assertEquals(5, counts.get("accepted").asLong());
        // merged: ACM and OpenAlex copies of Offloading, the second Sensing, the second Quantum = 4
        assertEquals(4, counts.get("merged").asLong());
        assertEquals(counts.get("read").asLong(), counts.get("accepted").asLong() + counts.get("rejected").asLong()
                + counts.get("merged").asLong());
        assertEquals(2, counts.at("/by_source/acm-dl/merged").asLong());
        assertEquals(1, counts.at("/by_source/acm-dl/accepted").asLong());
    }

    @Test
    void sameDoiAcrossSourcesIsOnePaperWithBothSources() {
        Row p = papersByTitle.get("Offloading at the Edge|2020");
        assertEquals("10.1109/edge.2020.00001", p.getAs("doi"));
        assertEquals("ieee-xplore-api", p.getAs("source"), "IEEE is first in ingest.source-priority");
        assertEquals("100", p.getAs("source_id"));
        List<String> sources = p.<Row>getList(p.fieldIndex("sources")).stream()
                .map(s -> s.getAs("source") + ":" + s.getAs("source_id")).toList();
        // the DOI-less OpenAlex record joins by title + year + first-author surname
        assertEquals(List.of("ieee-xplore-api:100", "acm-dl:https://doi.org/10.1109/edge.2020.00001",
                "openalex:https://openalex.org/W1"), sources);
        List<String> keywords = p.<Row>getList(p.fieldIndex("keywords")).stream()
                .map(k -> k.getAs("kind") + ":" + k.getAs("term")).toList();
        assertEquals(List.of("ieee:Edge computing", "author:edge computing", "author:offloading"), keywords);
        assertEquals(2, (int) p.getAs("n_authors"));
    }

    @Test
    void differentDoisAreNeverMerged() {
        Row a = papersByTitle.get("Same Title, Other Paper|2020");
        Row b = papersByTitle.get("Same Title, Other Paper|2021");
        assertNotEquals(a.<String>getAs("paper_id"), b.<String>getAs("paper_id"));
    }

    @Test
    void withinSourceDuplicates() {
        Row sensing = papersByTitle.get("Sensing With Light|2019");
        assertEquals(2, sensing.getList(sensing.fieldIndex("sources")).size());
        Row quantum = papersByTitle.get("Quantum Links|2022");
        assertEquals("https://openalex.org/W2", quantum.getAs("source_id"),
                "the record with more affiliated authors wins within one source");
    }

    @Test
    void paperIdIsAStableHashOfTheMergeKey() {
        Row p = papersByTitle.get("Offloading at the Edge|2020");
        // first 16 hex digits of SHA-256("doi:10.1109/edge.2020.00001"), computed with sha256sum
        assertEquals("p" + sha256("doi:10.1109/edge.2020.00001").substring(0, 16), p.getAs("paper_id"));
    }

    @Test
    void authorshipsComeFromTheWinningRecord(SparkSession spark) {
        String id = papersByTitle.get("Offloading at the Edge|2020").getAs("paper_id");
        List<Row> rows = spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(out.resolve("runs/test/ingest/authorships").toString())
                .filter(col("paper_id").equalTo(id)).orderBy("author_position", "affiliation_index").collectAsList();
        assertEquals(List.of("1|Taro Yamada|0|Osaka University, Japan", "1|Taro Yamada|1|RIKEN AIP, Japan",
                        "2|Wei Zhang|0|Tsinghua University, Beijing, China"),
                rows.stream().map(r -> r.getAs("author_position") + "|" + r.getAs("author_name") + "|"
                        + r.getAs("affiliation_index") + "|" + r.getAs("raw_affiliation")).toList());
        // each authorship carries its paper's source (the winning record's), which the author keys need
        String source = papersByTitle.get("Offloading at the Edge|2020").getAs("source");
        assertEquals(List.of(source, source, source), rows.stream().map(r -> (String) r.getAs("source")).toList());
        String quantum = papersByTitle.get("Quantum Links|2022").getAs("paper_id");
        long authorsWithoutAffiliation = spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(out.resolve("runs/test/ingest/authorships").toString())
                .filter(col("raw_affiliation").isNull()).count();
        assertEquals(0, authorsWithoutAffiliation, "every winning author here has an affiliation");
        assertEquals(1, spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(out.resolve("runs/test/ingest/authorships").toString())
                .filter(col("paper_id").equalTo(quantum)).count());
    }

    @Test
    void rejectsCarryFileLocatorReasonAndExcerpt(SparkSession spark) {
        List<Row> rejects = spark.read().schema(Schemas.REJECTS)
                .parquet(out.resolve("runs/test/ingest/rejects").toString()).orderBy("reason").collectAsList();
        assertEquals(2, rejects.size());
        Row old = rejects.get(0);
        assertEquals("outside_year_window", old.getAs("reason"));
        assertEquals("ieee-xplore-api", old.getAs("source"));
        assertEquals("record 3 (line 5)", old.getAs("locator"));
        Row broken = rejects.get(1);
        assertEquals("truncated", broken.getAs("reason"));
        assertEquals("line 4", broken.getAs("locator"));
        assertEquals("{\"doi\": \"10.1145/broken\", \"title\":", broken.<String>getAs("excerpt").strip());
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
