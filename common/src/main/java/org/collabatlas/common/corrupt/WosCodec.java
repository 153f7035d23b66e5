package org.collabatlas.common.corrupt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/**
 * Web of Science tab-delimited exports: a header line of field tags, then one record per line. Output lines end
 * in {@code \n} (no BOM) and every record has exactly as many cells as the header.
 */
final class WosCodec extends Codec {
    private Map<String, Integer> columns;
    private int width;

    @Override
    SourceFormat format() {
        return SourceFormat.WOS;
    }

    @Override
    Parsed parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = null;
        List<Rec> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (header == null) {
                header = line;
                String[] tags = line.split("\t", -1);
                width = tags.length;
                while (width > 0 && tags[width - 1].isBlank()) {
                    width--;
                }
                columns = new HashMap<>();
                for (int i = width - 1; i >= 0; i--) {
                    columns.put(tags[i].strip(), i);
                }
                continue;
            }
            out.add(new WosRec(Arrays.copyOf(line.split("\t", -1), width)));
        }
        if (header == null) {
            throw new IllegalArgumentException("not a clean WoS file: no header line");
        }
        String h = String.join("\t", Arrays.copyOf(header.split("\t", -1), width));
        return new Parsed(h.getBytes(StandardCharsets.UTF_8), out);
    }

    @Override
    byte[] truncateRecord(Rec rec) {
        byte[] r = rec.render();
        int tab = lastIndexOf(r, (byte) '\t', r.length / 2);
        if (tab < 0) {
            tab = indexOf(r, new byte[] {'\t'}, 0);
        }
        return prefix(r, Math.max(0, tab));
    }

    @Override
    byte[] truncateAtEnd(Rec rec) {
        return truncateRecord(rec);
    }

    @Override
    byte[] breakSyntax(Rec rec) {
        byte[] r = rec.render();
        int tab = indexOf(r, new byte[] {'\t'}, 0);
        r = r.clone();
        r[tab] = ' ';
        return r;
    }

    @Override
    ReasonCode expected(CorruptionKind kind) {
        return switch (kind) {
            case TRUNCATED_RECORD, TRUNCATED_FILE, BROKEN_SYNTAX -> ReasonCode.MALFORMED_ROW;
            case WRONG_TYPE -> ReasonCode.INVALID_YEAR;
            case MISSING_FIELDS -> ReasonCode.NO_AUTHORS;
            case HUGE_TITLE, MANY_AUTHORS -> ReasonCode.OVERSIZED;
            case INVALID_UTF8, MIXED_ENCODING -> ReasonCode.INVALID_UTF8;
            case EMPTY_FILE -> ReasonCode.EMPTY_FILE;
            case CONTROL_CHARS, DUPLICATE -> null;
        };
    }

    private final class WosRec implements Rec {
        private final String[] cells;

        WosRec(String[] cells) {
            this.cells = cells;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    cells[i] = "";
                }
            }
        }

        private String get(String tag) {
            Integer i = columns.get(tag);
            return i == null ? null : cells[i];
        }

        private void set(String tag, String value) {
            Integer i = columns.get(tag);
            if (i != null) {
                cells[i] = value.replaceAll("[\t\r\n]", " ");
            }
        }

        @Override
        public String sourceId() {
            String ut = get("UT");
            return ut == null ? "" : ut.strip();
        }

        @Override
        public void rewriteIds(int k) {
            if (get("UT") != null && !get("UT").isBlank()) {
                set("UT", get("UT").strip() + "c" + k);
            }
            if (get("DI") != null && !get("DI").isBlank()) {
                set("DI", copyDoi(get("DI"), k));
            }
            if (get("TI") != null && !get("TI").isBlank()) {
                set("TI", copyTitle(get("TI").strip(), k));
            }
        }

        @Override
        public String title() {
            String t = get("TI");
            return t == null || t.isBlank() ? null : t;
        }

        @Override
        public void setTitle(String title) {
            set("TI", title);
        }

        @Override
        public void wrongType() {
            set("PY", "MMXIX");
        }

        @Override
        public void removeAuthors() {
            set("AF", "");
            set("AU", "");
        }

        @Override
        public void setAuthors(int n) {
            StringBuilder af = new StringBuilder();
            StringBuilder au = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                af.append(i > 1 ? "; " : "").append("Number").append(i).append(", Author");
                au.append(i > 1 ? "; " : "").append("Number").append(i).append(", A");
            }
            set("AF", af.toString());
            set("AU", au.toString());
        }

        @Override
        public byte[] render() {
            return String.join("\t", cells).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Rec copy() {
            return new WosRec(cells.clone());
        }
    }
}
