package org.collabatlas.reliability;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Columns;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record content is only ever data: strings shaped like paths ({@code ../../}), URIs or shell commands are stored
 * as they are and never decide where anything is written; nothing in the code parses XML (so no external
 * entities can be expanded).
 */
@ExtendWith(SparkTestSession.class)
class InputsAreDataTest {
    private static final String EVIL = "../../../../tmp/collab-atlas-escape";

    @TempDir
    Path tmp;

    @Test
    void pathLikeContentIsStoredVerbatimAndWritesNothingOutsideTheRun(SparkSession spark) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("papers.jsonl"),
                "{\"doi\":\"10.1145/" + EVIL + "\",\"title\":\"" + EVIL + "\",\"year\":2019,\"source_file\":\""
                        + EVIL + "\",\"locator\":\"file:///etc/passwd\",\"authors\":[{\"name\":\"$(rm -rf /)\","
                        + "\"institution\":\"`touch " + EVIL + "`; file:///etc/shadow\"}]}\n"
                        + "{\"doi\":\"10.1145/2\",\"title\":\"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                        + "&e;\",\"year\":2019,\"authors\":[{\"name\":\"Anna Berg\"}]}\n");
        Path out = tmp.resolve("out");
        Set<Path> before = listing(tmp);
        Cli c = Cli.ingest(out, "all", "acm-dl", in.toString());
        assertEquals(0, c.exitCode(), c.err());
        for (Path p : listing(tmp)) {
            assertTrue(before.contains(p) || p.startsWith(out), "written outside the output: " + p);
        }
        assertTrue(Files.notExists(Path.of("/tmp/collab-atlas-escape")));
        List<Row> papers = spark.read().schema(Schemas.PAPERS).parquet(out.resolve("runs/test/ingest/papers")
                .toString()).orderBy(Columns.DOI).collectAsList();
        assertEquals(2, papers.size());
        assertEquals("10.1145/" + EVIL, papers.get(0).getAs(Columns.DOI));
        assertEquals(EVIL, papers.get(0).getAs(Columns.TITLE));
        assertTrue(papers.get(1).<String>getAs(Columns.TITLE).startsWith("<!DOCTYPE x"), "XML is text, unexpanded");
        Set<String> files = spark.read().schema(Schemas.PAPERS).parquet(out.resolve("runs/test/ingest/papers")
                .toString()).select(explode(col(Columns.SOURCES)).as("s")).select(col("s." + Columns.SOURCE_FILE))
                .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        assertEquals(1, files.size(), files.toString());
        String file = files.iterator().next();
        assertTrue(file.endsWith(in.resolve("papers.jsonl").toString()) && !file.contains(".."),
                "source_file is where the record was read, whatever the record says: " + file);
    }

    @Test
    void noXmlParserIsUsedOrOnTheClasspath() throws IOException {
        Path root = Path.of(System.getProperty("collabatlas.root", ".")).toAbsolutePath();
        List<String> xmlApis = List.of("DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory",
                "TransformerFactory", "XMLReaderFactory", "XmlMapper", "javax.xml");
        for (String module : List.of("common", "jobs")) {
            try (Stream<Path> s = Files.walk(root.resolve(module).resolve("src/main"))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    for (String api : xmlApis) {
                        assertTrue(!text.contains(api), f + " uses " + api);
                    }
                }
            }
        }
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.fasterxml.jackson.dataformat.xml.XmlMapper"));
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.collect(Collectors.toSet());
        }
    }
}
