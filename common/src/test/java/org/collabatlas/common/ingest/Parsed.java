package org.collabatlas.common.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;

/** Test helper: everything {@link FileParser} emits for some bytes, split into accepted records and rejects. */
public record Parsed(List<SourceRecord> records, List<Reject> rejects) {

    public static Parsed of(SourceFormat format, String text) {
        return of(format, text.getBytes(StandardCharsets.UTF_8), Limits.defaults(), YearWindow.ALL);
    }

    public static Parsed of(SourceFormat format, byte[] bytes) {
        return of(format, bytes, Limits.defaults(), YearWindow.ALL);
    }

    public static Parsed of(SourceFormat format, byte[] bytes, Limits limits, YearWindow window) {
        List<ParseOutput> all = new ArrayList<>();
        new FileParser(format, limits, window).parse("test-file", new ByteArrayInputStream(bytes), all::add);
        List<SourceRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (ParseOutput o : all) {
            if (o instanceof SourceRecord r) {
                records.add(r);
            } else {
                rejects.add((Reject) o);
            }
        }
        return new Parsed(records, rejects);
    }

    /** Parses every file of a directory (real-data tests). */
    public static Parsed ofFiles(SourceFormat format, List<Path> files, YearWindow window) {
        List<SourceRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        FileParser parser = new FileParser(format, Limits.defaults(), window);
        for (Path f : files) {
            try (var in = Files.newInputStream(f)) {
                parser.parse(f.toString(), in, o -> {
                    if (o instanceof SourceRecord r) {
                        records.add(r);
                    } else {
                        rejects.add((Reject) o);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Parsed(records, rejects);
    }

    public long rejected(ReasonCode reason) {
        return rejects.stream().filter(r -> r.reason() == reason).count();
    }

    public SourceRecord only() {
        if (records.size() != 1 || !rejects.isEmpty()) {
            throw new AssertionError("expected exactly one record and no rejects, got " + this);
        }
        return records.get(0);
    }

    public Reject onlyReject() {
        if (rejects.size() != 1 || !records.isEmpty()) {
            throw new AssertionError("expected exactly one reject and no records, got " + this);
        }
        return rejects.get(0);
    }

    public static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
