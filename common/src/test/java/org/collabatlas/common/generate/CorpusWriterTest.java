package org.collabatlas.common.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated files: byte-identical for equal specs, parsed by the real parsers with zero rejects, truth complete. */
class CorpusWriterTest {
    static final int N = 1500;
    static final List<SourceFormat> BOTH = List.of(SourceFormat.IEEE_XPLORE_API, SourceFormat.ACM_DL);
    static Gazetteer gazetteer;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.shipped();
    }

    static Map<String, byte[]> write(CorpusSpec spec, List<Integer> chunkOrder) throws IOException {
        PaperGenerator g = new PaperGenerator(spec, gazetteer);
        Map<String, byte[]> files = new TreeMap<>();
        for (int k : chunkOrder) {
            CorpusWriter.write(g, k, path -> new ByteArrayOutputStream() {
                @Override
                public void close() throws IOException {
                    super.close();
                    files.put(path, toByteArray());
                }
            });
        }
        return files;
    }

    static List<Integer> chunks(CorpusSpec spec) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < spec.chunks(); k++) {
            out.add(k);
        }
        return out;
    }

    @Test
    void sameSpecSameBytesWhateverTheChunkOrderAndChunkIndependence() throws IOException {
        CorpusSpec spec = new CorpusSpec(N, 11, BOTH, 0.05, 0.3, true, 1000, "shipped");
        Map<String, byte[]> a = write(spec, chunks(spec));
        List<Integer> reversed = new ArrayList<>(chunks(spec));
        java.util.Collections.reverse(reversed);
        Map<String, byte[]> b = write(spec, reversed);
        assertEquals(a.keySet(), b.keySet());
        assertEquals(8, a.size(), "2 chunks x (2 formats + 2 truth tables)");
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
        }
        // a paper depends on (seed, index) only: chunk 1 of a corpus cut into 1000s holds the same papers as
        // chunks 2 and 3 of the same corpus cut into 500s
        CorpusSpec halves = new CorpusSpec(N, 11, BOTH, 0.05, 0.3, false, 500, "shipped");
        PaperGenerator g1 = new PaperGenerator(spec, gazetteer);
        PaperGenerator g2 = new PaperGenerator(halves, gazetteer);
        for (long i = 1000; i < 1500; i += 37) {
            assertEquals(g1.generate(i), g2.generate(i));
        }
        CorpusSpec other = new CorpusSpec(N, 12, BOTH, 0.05, 0.3, true, 1000, "shipped");
        assertTrue(!java.util.Arrays.equals(a.get("acm-dl/part-00000.jsonl.gz"),
                write(other, List.of(0)).get("acm-dl/part-00000.jsonl.gz")), "another seed, other papers");
    }

    @Test
    void everyRecordParsesAndTheGroundTruthIsComplete() throws IOException {
        CorpusSpec spec = new CorpusSpec(N, 3, BOTH, 0.1, 0.3, false, 1000, "shipped");
        Map<String, byte[]> files = write(spec, chunks(spec));
        List<SourceRecord> ieee = new ArrayList<>();
        List<SourceRecord> acm = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            SourceFormat format = f.getKey().startsWith("ieee") ? SourceFormat.IEEE_XPLORE_API
                    : f.getKey().startsWith("acm") ? SourceFormat.ACM_DL : null;
            if (format == null) {
                continue;
            }
            Parsed p = Parsed.of(format, f.getValue(), org.collabatlas.common.ingest.Limits.defaults(),
                    YearWindow.parse("2016-2022"));
            assertEquals(List.of(), p.rejects(), f.getKey());
            (format == SourceFormat.IEEE_XPLORE_API ? ieee : acm).addAll(p.records());
            if (format == SourceFormat.IEEE_XPLORE_API) {
                long lines = new String(f.getValue(), StandardCharsets.UTF_8).lines().count();
                assertEquals((p.records().size() + CorpusWriter.IEEE_PAGE - 1) / CorpusWriter.IEEE_PAGE, lines,
                        "one API response of at most 200 articles per line");
            }
        }
        Map<String, String> truthPapers = new HashMap<>();
        for (String line : lines(files, CorpusWriter.TRUTH_PAPERS, CorpusWriter.PAPERS_HEADER)) {
            String[] f = line.split(",");
            truthPapers.put(f[0].toLowerCase(), f[3]);
        }
        assertEquals(N, truthPapers.size());
        long dup = truthPapers.values().stream().filter(v -> v.contains("|")).count();
        assertEquals(ieee.size() + acm.size() - N, dup, "records = papers + duplicates");
        Set<String> ieeeDois = new HashSet<>();
        ieee.forEach(r -> ieeeDois.add(r.doi()));
        for (SourceRecord r : acm) {
            assertTrue(truthPapers.containsKey(r.doi()), r.doi());
            assertEquals(ieeeDois.contains(r.doi()), truthPapers.get(r.doi()).contains("|"), r.doi());
        }
        // every authorship of the record ingest keeps (IEEE first) has exactly one truth row, and nothing else
        Set<String> parsed = new HashSet<>();
        for (SourceRecord r : ieee) {
            addAuthorships(parsed, r);
        }
        for (SourceRecord r : acm) {
            if (!ieeeDois.contains(r.doi())) {
                addAuthorships(parsed, r);
            }
        }
        Set<String> truth = new HashSet<>();
        for (String line : lines(files, CorpusWriter.TRUTH_AUTHORSHIPS, CorpusWriter.AUTHORSHIPS_HEADER)) {
            List<String> f = splitCsv(line);
            assertEquals(8, f.size(), line);
            assertTrue(f.get(4).isEmpty() || f.get(4).startsWith("https://ror.org/0"), line);
            assertTrue(f.get(4).isEmpty() ? f.get(7).startsWith("invented:" + f.get(5) + ":")
                    : f.get(7).equals(f.get(4)), line);
            assertTrue(f.get(5).matches("[A-Z]{2}"), line);
            assertTrue(truth.add(f.get(0).toLowerCase() + "|" + f.get(2) + "|" + f.get(3) + "|" + f.get(6)), line);
        }
        Set<String> missing = new HashSet<>(parsed);
        missing.removeAll(truth);
        Set<String> extra = new HashSet<>(truth);
        extra.removeAll(parsed);
        assertEquals(Set.of(), missing, "parsed authorships without a truth row");
        assertEquals(Set.of(), extra, "truth rows without a parsed authorship");
    }

    private static void addAuthorships(Set<String> into, SourceRecord r) {
        for (AuthorRecord a : r.authors()) {
            for (int j = 0; j < a.affiliations().size(); j++) {
                into.add(r.doi() + "|" + a.position() + "|" + j + "|" + a.affiliations().get(j).raw());
            }
        }
    }

    @Test
    void gzipFilesAreGzipOfThePlainOnes() throws IOException {
        Map<String, byte[]> plain = write(new CorpusSpec(300, 9, BOTH, 0.05, 0.3, false, 300, "shipped"), List.of(0));
        Map<String, byte[]> gz = write(new CorpusSpec(300, 9, BOTH, 0.05, 0.3, true, 300, "shipped"), List.of(0));
        for (String f : plain.keySet()) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.get(f + ".gz")))) {
                assertArrayEquals(plain.get(f), in.readAllBytes(), f);
            }
        }
    }

    @Test
    void csvQuoting() {
        assertEquals("plain", CorpusWriter.csv("plain"));
        assertEquals("\"a, b\"", CorpusWriter.csv("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CorpusWriter.csv("say \"hi\""));
        assertEquals(List.of("a, b", "say \"hi\"", ""), splitCsv("\"a, b\",\"say \"\"hi\"\"\","));
    }

    static List<String> lines(Map<String, byte[]> files, String dir, String header) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith(dir + "/")) {
                List<String> ls = new String(f.getValue(), StandardCharsets.UTF_8).lines().toList();
                assertEquals(header, ls.get(0));
                out.addAll(ls.subList(1, ls.size()));
            }
        }
        return out;
    }

    /** RFC 4180 split of one line (test-side, independent of the writer). */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
