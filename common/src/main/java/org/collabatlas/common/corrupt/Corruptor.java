package org.collabatlas.common.corrupt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPOutputStream;
import org.collabatlas.common.ingest.CsvReader;
import org.collabatlas.common.ingest.Inputs;
import org.collabatlas.common.ingest.LineReader;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/**
 * Copies a clean corpus and corrupts it at a given rate, writing a ground-truth manifest of what ingest should
 * make of every corrupted unit ({@code collab-atlas corrupt}).
 *
 * <p>Each input file (of one format, plain or gzip) is read by its format's {@link Codec} and written back in a
 * layout whose locators are predictable (JSON formats as JSON Lines, WoS as tab lines, Scopus as fully quoted
 * CSV), compressed as it was. Each record is corrupted with probability {@code rate}, with a kind drawn uniformly
 * from the record kinds of {@link CorruptionKind} (at most {@code maxHuge} 10 MB titles per run; never a
 * syntax-breaking kind on the first record of a JSON file, whose first line decides its layout for ingest). Each
 * file is cut short with probability {@code rate}, and the first file of each format that has at least two records
 * always is: a plain file ends inside a record and loses the records after it; a gzip file is cut inside its
 * compressed stream, and the records beyond the last one a reader can recover are {@link ManifestEntry#LOST}.
 * One empty file is added to each format's folder.
 *
 * <p>With {@code copies > 1} the corpus is replicated: copy {@code k > 0} of a file is written as
 * {@code name.c<k>.ext} with its identifiers rewritten (DOIs get {@code .c<k>}, source ids {@code c<k>}, titles
 * {@code (copy k)}), so copies are distinct papers. A {@code keep} predicate on (format, source id) can leave
 * records out of every copy.
 *
 * <p>Deterministic: the same inputs (visited in the same order), options and seed give the same bytes and
 * manifest. Pure: bytes in, bytes out; the caller does the file system.
 */
public final class Corruptor {
    /** Characters of the absurd title (10 MiB). */
    public static final int HUGE_TITLE_CHARS = 10 << 20;
    /** Authors of the absurd by-line. */
    public static final int MANY_AUTHORS = 5000;
    public static final String MANIFEST = "_corruption-manifest.tsv";

    /**
     * @param rate    probability that a record (and, separately, a file) is corrupted
     * @param seed    the random seed
     * @param copies  copies of each format's files (1 = the corpus once)
     * @param maxHuge most 10 MB titles in the whole output
     * @param keep    records to copy, by format and source id (others are left out)
     */
    public record Options(double rate, long seed, ToIntFunction<SourceFormat> copies, int maxHuge,
                          BiPredicate<SourceFormat, String> keep) {
        public Options {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rate must be between 0 and 1, got " + rate);
            }
        }

        public static Options of(double rate, long seed, int copies) {
            if (copies < 1) {
                throw new IllegalArgumentException("copies must be at least 1, got " + copies);
            }
            return new Options(rate, seed, f -> copies, 3, (f, id) -> true);
        }
    }

    /** One output file: its path relative to the output root and its bytes. */
    public record Output(String path, byte[] content) {
    }

    /** A record written unchanged (apart from copy identifiers): ingest should accept or merge it. */
    public record CleanRecord(String file, String locator, String source, String sourceId) {
    }

    private static final List<CorruptionKind> RECORD_KINDS = java.util.Arrays.stream(CorruptionKind.values())
            .filter(k -> !k.fileLevel()).toList();

    private final Options options;
    private final SplittableRandom rng;
    private final List<ManifestEntry> manifest = new ArrayList<>();
    private final List<CleanRecord> clean = new ArrayList<>();
    private final Map<CorruptionKind, Integer> counts = new EnumMap<>(CorruptionKind.class);
    private final TreeSet<String> formatDirs = new TreeSet<>();
    private final java.util.Set<SourceFormat> truncatedFormats = java.util.EnumSet.noneOf(SourceFormat.class);
    private final Map<String, SourceFormat> dirFormats = new java.util.HashMap<>();
    private long records;
    private int huge;
    private String hugeTitle;

    public Corruptor(Options options) {
        this.options = options;
        this.rng = new SplittableRandom(options.seed());
    }

    /**
     * Corrupts one input file (and writes its copies).
     *
     * @param path relative path of the file ({@code /}-separated); its first folder is the format's folder
     * @throws IllegalArgumentException when the file is not a clean file of the format
     */
    public void file(SourceFormat format, String path, byte[] content, Consumer<Output> out) {
        boolean gzip = content.length >= 2 && (content[0] & 0xFF) == 0x1f && (content[1] & 0xFF) == 0x8b;
        byte[] plain = gzip ? gunzip(content) : content;
        Codec codec = Codec.of(format);
        Codec.Parsed parsed;
        try {
            parsed = codec.parse(plain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        int slash = path.indexOf('/');
        if (slash > 0) {
            formatDirs.add(path.substring(0, slash));
            dirFormats.put(path.substring(0, slash), format);
        }
        List<Codec.Rec> base = new ArrayList<>();
        for (Codec.Rec r : parsed.records()) {
            if (options.keep().test(format, r.sourceId())) {
                base.add(r);
            }
        }
        int copies = options.copies().applyAsInt(format);
        for (int k = 0; k < copies; k++) {
            List<Codec.Rec> recs = new ArrayList<>(base.size());
            for (Codec.Rec r : base) {
                Codec.Rec c = r.copy();
                if (k > 0) {
                    c.rewriteIds(k);
                }
                recs.add(c);
            }
            String name = copyName(path, k);
            out.accept(new Output(name, write(codec, name, parsed.header(), recs, gzip)));
        }
    }

    /** Adds one empty file to each format folder seen; call once after the last {@link #file}. */
    public void finish(Consumer<Output> out) {
        for (String dir : formatDirs) {
            String name = dir + "/zz-empty-file";
            out.accept(new Output(name, new byte[0]));
            manifest.add(new ManifestEntry(name, "file", dirFormats.get(dir).id(), "", CorruptionKind.EMPTY_FILE,
                    ReasonCode.EMPTY_FILE.code()));
            counts.merge(CorruptionKind.EMPTY_FILE, 1, Integer::sum);
        }
        out.accept(new Output(MANIFEST, manifestTsv().getBytes(StandardCharsets.UTF_8)));
    }

    public List<ManifestEntry> manifest() {
        return Collections.unmodifiableList(manifest);
    }

    public List<CleanRecord> clean() {
        return Collections.unmodifiableList(clean);
    }

    /** Corrupted units by kind. */
    public Map<CorruptionKind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Record units written (clean and corrupted, duplicates included; lost ones included). */
    public long records() {
        return records;
    }

    public String manifestTsv() {
        StringBuilder sb = new StringBuilder(ManifestEntry.HEADER).append('\n');
        manifest.forEach(e -> sb.append(e.toTsv()).append('\n'));
        return sb.toString();
    }

    /** {@code dir/name.ext} as {@code dir/name.c<k>.ext} for k > 0 (before the first dot of the file name). */
    static String copyName(String path, int k) {
        if (k == 0) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash + 1);
        return dot < 0 ? path + ".c" + k : path.substring(0, dot) + ".c" + k + path.substring(dot);
    }

    /** A unit written to a file, kept until the file is complete (a gzip cut may still lose it). */
    private record Unit(ManifestEntry corrupted, CleanRecord clean) {
    }

    private byte[] write(Codec codec, String name, byte[] header, List<Codec.Rec> recs, boolean gzip) {
        String source = codec.format().id();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<Unit> units = new ArrayList<>();
        long line = 1;
        if (header != null) {
            buf.writeBytes(header);
            buf.write('\n');
            line += Codec.lines(header);
        }
        boolean cutFile = recs.size() >= 2
                && (rng.nextDouble() < options.rate() || !truncatedFormats.contains(codec.format()));
        if (cutFile) {
            truncatedFormats.add(codec.format());
        }
        int cutAt = cutFile && !gzip ? Math.max(1, recs.size() / 2) + rng.nextInt(recs.size() - Math.max(1,
                recs.size() / 2)) : -1;
        for (int i = 0; i < recs.size(); i++) {
            Codec.Rec rec = recs.get(i);
            String loc = "line " + line;
            if (i == cutAt) {
                byte[] b = codec.truncateAtEnd(rec);
                buf.writeBytes(b);
                units.add(corrupted(name, loc, source, rec.sourceId(), CorruptionKind.TRUNCATED_FILE, codec));
                break;
            }
            CorruptionKind kind = rng.nextDouble() < options.rate() ? pick(codec, i == 0) : null;
            byte[] bytes = kind == null ? rec.render() : corrupt(codec, rec, kind);
            buf.writeBytes(bytes);
            buf.write('\n');
            line += Codec.lines(bytes);
            if (kind == null) {
                units.add(new Unit(null, new CleanRecord(name, loc, source, rec.sourceId())));
            } else if (kind == CorruptionKind.DUPLICATE) {
                units.add(new Unit(null, new CleanRecord(name, loc, source, rec.sourceId())));
                String dupLoc = "line " + line;
                buf.writeBytes(bytes);
                buf.write('\n');
                line += Codec.lines(bytes);
                units.add(corrupted(name, dupLoc, source, rec.sourceId(), kind, codec));
            } else {
                units.add(corrupted(name, loc, source, rec.sourceId(), kind, codec));
            }
        }
        byte[] plain = buf.toByteArray();
        if (!gzip) {
            keep(units, units.size());
            return plain;
        }
        byte[] compressed = gzip(plain);
        if (!cutFile) {
            keep(units, units.size());
            return compressed;
        }
        int cut = (int) (compressed.length * (0.4 + 0.5 * rng.nextDouble()));
        byte[] truncated = java.util.Arrays.copyOf(compressed, cut);
        int readable = recoverableUnits(codec.format(), truncated, header != null);
        keep(units, readable);
        manifest.add(new ManifestEntry(name, "after unit " + readable, source, "", CorruptionKind.TRUNCATED_FILE,
                ReasonCode.TRUNCATED.code()));
        counts.merge(CorruptionKind.TRUNCATED_FILE, 1, Integer::sum);
        return truncated;
    }

    /** Records the first {@code readable} units as written; the rest of a cut gzip file is lost. */
    private void keep(List<Unit> units, int readable) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            records++;
            if (u.corrupted() != null) {
                manifest.add(i < readable ? u.corrupted() : u.corrupted().withExpected(ManifestEntry.LOST));
                counts.merge(u.corrupted().kind(), 1, Integer::sum);
            } else if (i < readable) {
                clean.add(u.clean());
            }
        }
    }

    private Unit corrupted(String file, String loc, String source, String id, CorruptionKind kind, Codec codec) {
        String expected;
        if (kind == CorruptionKind.DUPLICATE) {
            expected = ManifestEntry.MERGED;
        } else {
            ReasonCode r = codec.expected(kind);
            expected = r == null ? ManifestEntry.ACCEPTED : r.code();
        }
        return new Unit(new ManifestEntry(file, loc, source, id, kind, expected), null);
    }

    private CorruptionKind pick(Codec codec, boolean first) {
        List<CorruptionKind> candidates = new ArrayList<>();
        for (CorruptionKind k : RECORD_KINDS) {
            if ((k != CorruptionKind.HUGE_TITLE || huge < options.maxHuge()) && (!first || codec.allowedFirst(k))) {
                candidates.add(k);
            }
        }
        CorruptionKind k = candidates.get(rng.nextInt(candidates.size()));
        if (k == CorruptionKind.HUGE_TITLE) {
            huge++;
        }
        return k;
    }

    private byte[] corrupt(Codec codec, Codec.Rec rec, CorruptionKind kind) {
        String title = rec.title() == null ? "Untitled record" : rec.title();
        return switch (kind) {
            case TRUNCATED_RECORD -> codec.truncateRecord(rec);
            case BROKEN_SYNTAX -> codec.breakSyntax(rec);
            case WRONG_TYPE -> {
                rec.wrongType();
                yield rec.render();
            }
            case MISSING_FIELDS -> {
                rec.removeAuthors();
                yield rec.render();
            }
            case DUPLICATE -> rec.render();
            case HUGE_TITLE -> {
                rec.setTitle(hugeTitle());
                yield rec.render();
            }
            case MANY_AUTHORS -> {
                rec.setAuthors(MANY_AUTHORS);
                yield rec.render();
            }
            case CONTROL_CHARS -> {
                int mid = title.length() / 2;
                if (mid > 0 && Character.isLowSurrogate(title.charAt(mid))) {
                    mid--;
                }
                rec.setTitle(title.substring(0, mid) + "\u0001\u0007\u001b\u007f" + title.substring(mid));
                yield rec.render();
            }
            case INVALID_UTF8 -> {
                rec.setTitle(title + " " + Codec.MARK);
                yield Codec.replaceMark(rec.render(), new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
            case MIXED_ENCODING -> {
                rec.setTitle(title + " " + Codec.MARK);
                yield Codec.replaceMark(rec.render(), "Café Müller à Zürich".getBytes(StandardCharsets.ISO_8859_1));
            }
            case TRUNCATED_FILE, EMPTY_FILE -> throw new IllegalArgumentException(kind + " is a file kind");
        };
    }

    private String hugeTitle() {
        if (hugeTitle == null) {
            StringBuilder sb = new StringBuilder(HUGE_TITLE_CHARS);
            while (sb.length() < HUGE_TITLE_CHARS) {
                sb.append("absurdly long title ");
            }
            sb.setLength(HUGE_TITLE_CHARS);
            hugeTitle = sb.toString();
        }
        return hugeTitle;
    }

    /**
     * How many units a reader recovers from a cut gzip file before the stream fails: complete lines (JSON, WoS;
     * less the WoS header) or complete CSV records (Scopus, less the header), read with ingest's own line and
     * CSV readers, which hand on every byte the decompressor produced before the break.
     */
    static int recoverableUnits(SourceFormat format, byte[] truncatedGzip, boolean header) {
        int n = 0;
        try (InputStream in = Inputs.decompressing(new ByteArrayInputStream(truncatedGzip))) {
            if (format == SourceFormat.SCOPUS) {
                CsvReader csv = new CsvReader(in, Integer.MAX_VALUE - 16);
                while (csv.next() != null) {
                    n++;
                }
            } else {
                LineReader lines = new LineReader(in, Integer.MAX_VALUE - 16);
                for (LineReader.Line l = lines.next(); l != null; l = lines.next()) {
                    if (!l.text().isBlank()) {
                        n++;
                    }
                }
            }
        } catch (IOException expected) {
            // the break
        }
        return Math.max(0, header ? n - 1 : n);
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] content) {
        try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(content), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable gzip file: " + e.getMessage(), e);
        }
    }
}
