package org.collabatlas.reliability;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.corrupt.CorruptionKind;
import org.collabatlas.common.corrupt.Corruptor;
import org.collabatlas.common.corrupt.ManifestEntry;
import org.collabatlas.common.ingest.FileParser;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.SourceRecord;
import org.collabatlas.corrupt.CorruptCorpus;
import org.collabatlas.schema.Columns;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at volume: the valid real records of {@code ../shared/data} replicated with distinct identifiers to
 * over 200,000 records, corrupted at 1% by {@link Corruptor} (seed 20261123), then ingested. Checked against the
 * corruptor's manifest: the run finishes; every corrupted unit is in rejects at its locator with the expected
 * reason (and nothing else is); every clean, harmless and duplicate record is in the papers' sources; and
 * {@code read = accepted + rejected + merged} holds exactly, with read equal to the units the corruptor wrote
 * minus those beyond the break of a cut gzip file.
 */
@Tag("slow")
@ExtendWith(SparkTestSession.class)
class CorruptedCorpusVolumeTest {
    /** Copies per format: about 203,000 records, ACM (13 KB a record) copied least to keep the bytes down. */
    private static final Map<SourceFormat, Integer> COPIES = Map.of(SourceFormat.IEEE_XPLORE_API, 18,
            SourceFormat.ACM_DL, 3, SourceFormat.WOS, 18, SourceFormat.SCOPUS, 18);

    @TempDir
    Path tmp;

    @Test
    void onePercentCorruptionOverTwoHundredThousandRecords(SparkSession spark) throws IOException {
        Path data = SharedData.dir("ieee-xplore").getParent();
        List<String> folders = List.of("ieee-xplore", "acm-dl", "wos", "scopus");
        long t0 = System.nanoTime();
        Map<SourceFormat, Set<String>> valid = validIds(data, folders);
        Corruptor corruptor = new Corruptor(new Corruptor.Options(0.01, 20261123L, COPIES::get, 3,
                (f, id) -> valid.get(f).contains(id)));
        Path corpus = tmp.resolve("corpus");
        for (String folder : folders) {
            SourceFormat f = CorruptCorpus.formatOf(folder);
            for (Path file : files(data.resolve(folder))) {
                corruptor.file(f, folder + "/" + data.resolve(folder).relativize(file), Files.readAllBytes(file),
                        o -> write(corpus, o));
            }
        }
        corruptor.finish(o -> write(corpus, o));
        long t1 = System.nanoTime();
        List<ManifestEntry> manifest = corruptor.manifest();
        long lost = manifest.stream().filter(m -> m.expected().equals(ManifestEntry.LOST)).count();
        assertTrue(corruptor.records() >= 200_000, "records written: " + corruptor.records());

        Path out = tmp.resolve("out");
        Cli cli = Cli.ingest(out, "all", "ieee-xplore-api", corpus.resolve("ieee-xplore").toString(),
                "acm-dl", corpus.resolve("acm-dl").toString(), "wos", corpus.resolve("wos").toString(),
                "scopus", corpus.resolve("scopus").toString());
        long t2 = System.nanoTime();
        assertEquals(0, cli.exitCode(), cli.err());

        JsonNode counts = Cli.json(out.resolve("runs/test/ingest/_run.json")).get("counts");
        long read = counts.get("read").asLong();
        assertEquals(read, counts.get("accepted").asLong() + counts.get("rejected").asLong()
                + counts.get("merged").asLong(), counts.toString());
        long readable = corruptor.clean().size() + manifest.stream()
                .filter(m -> !m.expected().equals(ManifestEntry.LOST)).count();
        assertEquals(readable, read, "units read against units the corruptor wrote (less lost ones)");

        String root = corpus.toUri().getPath();
        Set<String> expectedRejects = new HashSet<>();
        Set<String> expectedInPapers = new HashSet<>();
        for (ManifestEntry m : manifest) {
            switch (m.expected()) {
                case ManifestEntry.LOST -> { }
                case ManifestEntry.ACCEPTED, ManifestEntry.MERGED -> expectedInPapers.add(m.file() + "|" + m.locator());
                default -> expectedRejects.add(m.file() + "|" + m.locator() + "|" + m.expected());
            }
        }
        corruptor.clean().forEach(c -> expectedInPapers.add(c.file() + "|" + c.locator()));

        Set<String> rejects = new HashSet<>();
        for (Row r : spark.read().schema(Schemas.REJECTS).parquet(out.resolve("runs/test/ingest/rejects").toString())
                .select(Columns.SOURCE_FILE, Columns.LOCATOR, Columns.REASON).collectAsList()) {
            rejects.add(relative(r.getString(0), root) + "|" + r.getString(1) + "|" + r.getString(2));
        }
        assertEquals(counts.get("rejected").asLong(), rejects.size());
        Set<String> missing = new HashSet<>(expectedRejects);
        missing.removeAll(rejects);
        Set<String> unexpected = new HashSet<>(rejects);
        unexpected.removeAll(expectedRejects);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), "rejects not as the manifest says: missing "
                + sample(missing) + ", unexpected " + sample(unexpected));

        Set<String> inPapers = new HashSet<>();
        for (Row r : spark.read().schema(Schemas.PAPERS).parquet(out.resolve("runs/test/ingest/papers").toString())
                .select(explode(col(Columns.SOURCES)).as("s"))
                .select(col("s." + Columns.SOURCE_FILE), col("s." + Columns.LOCATOR)).collectAsList()) {
            inPapers.add(relative(r.getString(0), root) + "|" + r.getString(1));
        }
        Set<String> notInPapers = new HashSet<>(expectedInPapers);
        notInPapers.removeAll(inPapers);
        assertTrue(notInPapers.isEmpty(), notInPapers.size() + " clean records not in papers: " + sample(notInPapers));
        assertEquals(expectedInPapers.size(), inPapers.size(), "papers' sources hold only the expected records");

        Map<CorruptionKind, Integer> byKind = new EnumMap<>(corruptor.counts());
        System.out.printf("volume: %d record units written (%d clean, %d corrupted units, %d lost beyond a gzip "
                        + "break), read %d = accepted %d + rejected %d + merged %d; corrupted by kind %s; "
                        + "rejects by reason %s; corrupt %.1f s, ingest %.1f s%n", corruptor.records(),
                corruptor.clean().size(), manifest.size(), lost, read, counts.get("accepted").asLong(),
                counts.get("rejected").asLong(), counts.get("merged").asLong(), byKind,
                counts.get("rejected_by_reason"), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** Source ids of the records ingest accepts in the original files (records it rejects are not copied). */
    private static Map<SourceFormat, Set<String>> validIds(Path data, List<String> folders) throws IOException {
        Map<SourceFormat, Set<String>> out = new TreeMap<>();
        for (String folder : folders) {
            SourceFormat f = CorruptCorpus.formatOf(folder);
            Set<String> ids = out.computeIfAbsent(f, k -> new HashSet<>());
            FileParser parser = new FileParser(f, Limits.defaults(), YearWindow.ALL);
            for (Path file : files(data.resolve(folder))) {
                parser.parse(file.toString(), new ByteArrayInputStream(Files.readAllBytes(file)), u -> {
                    if (u instanceof SourceRecord r && r.sourceId() != null) {
                        ids.add(r.sourceId());
                    }
                });
            }
        }
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void write(Path root, Corruptor.Output o) {
        try {
            Path p = root.resolve(o.path());
            Files.createDirectories(p.getParent());
            Files.write(p, o.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(String sourceFile, String root) {
        String path = java.net.URI.create(sourceFile.replace(" ", "%20")).getPath();
        String r = root.endsWith("/") ? root : root + "/";
        return path.startsWith(r) ? path.substring(r.length()) : path;
    }

    private static List<String> sample(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        java.util.Collections.sort(l);
        return l.subList(0, Math.min(10, l.size()));
    }
}
