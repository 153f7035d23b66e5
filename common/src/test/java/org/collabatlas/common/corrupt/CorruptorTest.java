package org.collabatlas.common.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.collabatlas.common.ingest.FileParser;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * The corruptor's ground truth against ingest's own parser: on small clean corpora of every format (plain and
 * gzip), every corrupted unit is rejected at its locator with the manifest's reason, every harmless or duplicate
 * one is read as a record, lost ones are not read, and every clean record is read as a record.
 */
class CorruptorTest {
    private static final int N = 40;

    /** A clean corpus: one file per format, N valid records each (the ACM one gzip-compressed). */
    static Map<String, byte[]> corpus() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder ieee = new StringBuilder("{\n  \"total_records\": " + N + ",\n  \"articles\": [\n");
        StringBuilder acm = new StringBuilder();
        StringBuilder oa = new StringBuilder();
        StringBuilder wos = new StringBuilder("\uFEFFPT\tAU\tAF\tTI\tSO\tC1\tDE\tPY\tDI\tUT\r\n");
        StringBuilder scopus = new StringBuilder("\uFEFFAuthors,Author full names,Author(s) ID,Title,Year,"
                + "Source title,DOI,Affiliations,Authors with affiliations,Author Keywords,EID\n");
        for (int i = 0; i < N; i++) {
            int year = 2016 + i % 7;
            ieee.append(i > 0 ? ",\n" : "").append("    {\"doi\": \"10.1109/IEEE.").append(i)
                    .append("\", \"title\": \"Edge caching für networks ").append(i)
                    .append("\", \"article_number\": \"").append(9000 + i).append("\", \"publication_year\": \"")
                    .append(year).append("\",\n     \"authors\": {\"authors\": [{\"full_name\": \"Aiko Tanaka\", "
                            + "\"author_order\": 1, \"affiliation\": \"University of Tokyo, Japan\"}, "
                            + "{\"full_name\": \"Li Wei\", \"author_order\": 2, \"affiliation\": \"Tsinghua "
                            + "University, Beijing, China\"}]}}");
            acm.append("{\"doi\": \"10.1145/").append(3000 + i).append("\", \"title\": \"Touch input study ")
                    .append(i).append("\", \"year\": ").append(year).append(", \"authors\": [{\"name\": \"Anna Berg\","
                            + " \"institution\": \"KTH, Sweden\"}, {\"name\": \"Jo Kim\", \"institution\": "
                            + "\"KAIST, Korea\"}]}\n");
            oa.append("{\"id\": \"https://openalex.org/W").append(100 + i).append("\", \"doi\": \"https://doi.org/"
                    + "10.5555/oa.").append(i).append("\", \"title\": \"Quantum links ").append(i)
                    .append("\", \"publication_year\": ").append(year).append(", \"authorships\": [{\"author\": "
                            + "{\"display_name\": \"Ravi Rao\"}, \"raw_affiliation_strings\": [\"IISc, India\"]}]}\n");
            wos.append("J\tSmith, J; Ito, K\tSmith, John; Ito, Ken\tBLE mesh ").append(i)
                    .append("\tSENSORS\t[Smith, John] MIT, Cambridge, MA USA; [Ito, Ken] Keio Univ, Tokyo, Japan\tBLE")
                    .append("\t").append(year).append("\t10.3390/s").append(i).append("\tWOS:000").append(i)
                    .append("\r\n");
            scopus.append("\"Garcia M.; Rossi P.\",\"Garcia, Maria (111); Rossi, Paolo (222)\",\"111;222\","
                    + "\"Fog nodes, \"\"quoted\"\"\n across lines ").append(i).append("\",").append(year)
                    .append(",\"IEEE IoT J\",\"10.1109/JIOT.").append(i).append("\",\"UPM, Madrid, Spain; PoliMi, "
                            + "Milan, Italy\",\"Garcia, M., UPM, Madrid, Spain; Rossi, P., PoliMi, Milan, Italy\","
                            + "\"fog; iot\",\"2-s2.0-").append(i).append("\"\n");
        }
        ieee.append("\n  ]\n}\n");
        files.put("ieee/response.json", bytes(ieee));
        files.put("acm/papers.jsonl.gz", gzip(bytes(acm)));
        files.put("openalex/works.jsonl", bytes(oa));
        files.put("wos/savedrecs.txt", bytes(wos));
        files.put("scopus/export.csv", bytes(scopus));
        return files;
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static SourceFormat formatOf(String path) {
        return switch (path.substring(0, path.indexOf('/'))) {
            case "ieee" -> SourceFormat.IEEE_XPLORE_API;
            case "acm" -> SourceFormat.ACM_DL;
            case "openalex" -> SourceFormat.OPENALEX;
            case "wos" -> SourceFormat.WOS;
            default -> SourceFormat.SCOPUS;
        };
    }

    static Map<String, byte[]> run(Corruptor c, Map<String, byte[]> corpus) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        corpus.forEach((path, content) -> c.file(formatOf(path), path, content, o -> out.put(o.path(), o.content())));
        c.finish(o -> out.put(o.path(), o.content()));
        return out;
    }

    @Test
    void theCleanCorpusIsValid() {
        Map<String, byte[]> corpus = corpus();
        for (Map.Entry<String, byte[]> e : corpus.entrySet()) {
            List<Object> units = parse(formatOf(e.getKey()), e.getKey(), e.getValue());
            assertEquals(N, units.size(), e.getKey());
            assertTrue(units.stream().allMatch(u -> u instanceof SourceRecord), e.getKey() + ": " + units);
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherDamage() {
        Map<String, byte[]> a = run(new Corruptor(Corruptor.Options.of(0.2, 7, 2)), corpus());
        Map<String, byte[]> b = run(new Corruptor(Corruptor.Options.of(0.2, 7, 2)), corpus());
        Map<String, byte[]> c = run(new Corruptor(Corruptor.Options.of(0.2, 8, 2)), corpus());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        assertNotEquals(new String(a.get(Corruptor.MANIFEST), StandardCharsets.UTF_8),
                new String(c.get(Corruptor.MANIFEST), StandardCharsets.UTF_8));
    }

    @Test
    void copiesGetDistinctIdentifiersAndNames() {
        assertEquals("acm/chi-papers.c3.jsonl.gz", Corruptor.copyName("acm/chi-papers.jsonl.gz", 3));
        assertEquals("wos/x/savedrecs.c1", Corruptor.copyName("wos/x/savedrecs", 1));
        Corruptor c = new Corruptor(Corruptor.Options.of(0, 1, 3));
        Map<String, byte[]> out = run(c, corpus());
        List<Object> copy2 = parse(SourceFormat.WOS, "wos/savedrecs.c2.txt", out.get("wos/savedrecs.c2.txt"));
        SourceRecord r = (SourceRecord) copy2.get(0);
        assertEquals("WOS:0000c2", r.sourceId());
        assertEquals("10.3390/s0.c2", r.doi());
        assertEquals("BLE mesh 0 (copy 2)", r.title());
        // rate 0: only the file kinds (one truncated file and one empty file per format)
        assertEquals(Set.of(CorruptionKind.TRUNCATED_FILE, CorruptionKind.EMPTY_FILE), c.counts().keySet());
        assertEquals(5, c.counts().get(CorruptionKind.EMPTY_FILE));
    }

    /** The agreement: ingest's parser reads every unit as the manifest says, over several seeds. */
    @Test
    void ingestReadsEveryUnitAsTheManifestSays() {
        Set<CorruptionKind> seen = EnumSet.noneOf(CorruptionKind.class);
        Set<String> expectations = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            Corruptor c = new Corruptor(new Corruptor.Options(0.3, seed, f -> 2, 1, (f, id) -> true));
            Map<String, byte[]> out = run(c, corpus());
            Map<String, Object> byUnit = new HashMap<>();
            for (Map.Entry<String, byte[]> e : out.entrySet()) {
                if (e.getKey().equals(Corruptor.MANIFEST)) {
                    continue;
                }
                for (Object u : parse(formatOf(e.getKey()), e.getKey(), e.getValue())) {
                    String key = u instanceof SourceRecord r ? r.sourceFile() + "|" + r.locator()
                            : ((Reject) u).sourceFile() + "|" + ((Reject) u).locator();
                    assertFalse(byUnit.containsKey(key), "two units at " + key);
                    byUnit.put(key, u);
                }
            }
            int matched = 0;
            for (ManifestEntry m : c.manifest()) {
                seen.add(m.kind());
                expectations.add(m.source() + " " + m.kind().id() + " -> " + m.expected());
                Object u = byUnit.get(m.file() + "|" + m.locator());
                String what = "seed " + seed + ": " + m.toTsv() + " read as " + u;
                switch (m.expected()) {
                    case ManifestEntry.LOST -> assertTrue(u == null, what);
                    case ManifestEntry.ACCEPTED, ManifestEntry.MERGED -> assertTrue(u instanceof SourceRecord, what);
                    default -> assertTrue(u instanceof Reject r && r.reason().code().equals(m.expected()), what);
                }
                if (u != null) {
                    matched++;
                }
            }
            for (Corruptor.CleanRecord r : c.clean()) {
                Object u = byUnit.get(r.file() + "|" + r.locator());
                assertTrue(u instanceof SourceRecord s && s.sourceId().equals(r.sourceId()),
                        "seed " + seed + ": clean " + r + " read as " + u);
                matched++;
            }
            assertEquals(byUnit.size(), matched, "seed " + seed + ": units ingest read that nobody expected");
        }
        assertEquals(EnumSet.allOf(CorruptionKind.class), seen);
        System.out.println("corruptor expectations checked: " + expectations);
    }

    static List<Object> parse(SourceFormat f, String file, byte[] content) {
        List<Object> out = new ArrayList<>();
        new FileParser(f, Limits.defaults(), YearWindow.ALL).parse(file, new ByteArrayInputStream(content), out::add);
        return out;
    }
}
