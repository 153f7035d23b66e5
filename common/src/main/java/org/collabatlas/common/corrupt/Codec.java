package org.collabatlas.common.corrupt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/**
 * Reads the records of one (decompressed, clean) input file of one format, edits them, and writes them back in a
 * layout whose locators {@link Corruptor} can predict: JSON formats as JSON Lines ({@code line N}), WoS as
 * tab-delimited lines, Scopus as fully quoted CSV records ({@code line N} = the line where a record starts).
 */
abstract class Codec {
    /** A placeholder put into a title and replaced by raw bytes after rendering (private-use characters). */
    static final String MARK = "\uE000\uE001\uE002";
    static final byte[] MARK_BYTES = MARK.getBytes(StandardCharsets.UTF_8);

    /** One editable record. */
    interface Rec {
        String sourceId();

        /** Makes identifiers (DOI, source id, title) distinct for copy {@code k > 0} of the corpus. */
        void rewriteIds(int k);

        String title();

        void setTitle(String title);

        /** Makes one field the wrong type (JSON) or unreadable (delimited: the year in words). */
        void wrongType();

        void removeAuthors();

        void setAuthors(int n);

        /** The record's bytes, without a final line break. */
        byte[] render();

        Rec copy();
    }

    /** A parsed file: its header line (delimited formats) and its records. */
    record Parsed(byte[] header, List<Rec> records) {
    }

    static Codec of(SourceFormat f) {
        return switch (f) {
            case IEEE_XPLORE_API, ACM_DL, OPENALEX -> new JsonCodec(f);
            case WOS -> new WosCodec();
            case SCOPUS -> new ScopusCodec();
        };
    }

    abstract SourceFormat format();

    /** @throws IllegalArgumentException when the file is not a clean file of the format */
    abstract Parsed parse(byte[] content);

    /** Whether a kind may be applied to the first record of a file (JSON layout detection looks at it). */
    boolean allowedFirst(CorruptionKind kind) {
        return true;
    }

    /** The record cut in the middle (record kind). */
    abstract byte[] truncateRecord(Rec rec);

    /**
     * The record cut so that the file ends inside it (nothing follows); by default as {@link #truncateRecord}
     * cuts it, for formats whose cut record reads the same whether or not more follows.
     */
    byte[] truncateAtEnd(Rec rec) {
        return truncateRecord(rec);
    }

    abstract byte[] breakSyntax(Rec rec);

    /** The reject reason ingest should give a record of this kind, or null when it should be accepted. */
    final ReasonCode expected(CorruptionKind kind) {
        return switch (kind) {
            case TRUNCATED_RECORD, TRUNCATED_FILE, BROKEN_SYNTAX, WRONG_TYPE -> syntaxReason(kind);
            case MISSING_FIELDS -> ReasonCode.NO_AUTHORS;
            case HUGE_TITLE, MANY_AUTHORS -> ReasonCode.OVERSIZED;
            case INVALID_UTF8, MIXED_ENCODING -> ReasonCode.INVALID_UTF8;
            case EMPTY_FILE -> ReasonCode.EMPTY_FILE;
            case CONTROL_CHARS, DUPLICATE -> null;
        };
    }

    /**
     * The reject reason of a kind whose reason depends on the format's syntax: {@code TRUNCATED_RECORD},
     * {@code TRUNCATED_FILE}, {@code BROKEN_SYNTAX} and {@code WRONG_TYPE}.
     */
    abstract ReasonCode syntaxReason(CorruptionKind kind);

    /** Number of lines a rendered record spans (1 + its inner line breaks). */
    static int lines(byte[] rendered) {
        int n = 1;
        for (byte b : rendered) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** {@code rendered} with the first {@link #MARK} replaced by {@code bytes}. */
    static byte[] replaceMark(byte[] rendered, byte[] bytes) {
        int at = indexOf(rendered, MARK_BYTES, 0);
        if (at < 0) {
            throw new IllegalStateException("marker not found in the rendered record");
        }
        byte[] out = new byte[rendered.length - MARK_BYTES.length + bytes.length];
        System.arraycopy(rendered, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(rendered, at + MARK_BYTES.length, out, at + bytes.length,
                rendered.length - at - MARK_BYTES.length);
        return out;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last position {@code <= at} holding {@code b}, or -1. */
    static int lastIndexOf(byte[] hay, byte b, int at) {
        for (int i = Math.min(at, hay.length - 1); i >= 0; i--) {
            if (hay[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static byte[] prefix(byte[] b, int n) {
        return java.util.Arrays.copyOf(b, n);
    }

    /** A DOI made distinct for copy k (still a valid DOI), or null. */
    static String copyDoi(String doi, int k) {
        return doi == null || doi.isBlank() ? doi : doi.strip() + ".c" + k;
    }

    static String copyTitle(String title, int k) {
        return title == null || title.isBlank() ? title : title + " (copy " + k + ")";
    }
}
