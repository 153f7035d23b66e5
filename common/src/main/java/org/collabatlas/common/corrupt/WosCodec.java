package org.collabatlas.common.corrupt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/**
 * Web of Science tab-delimited exports: a header line of field tags, then one record per line. Output lines end
 * in {@code \n} (no BOM) and every record has exactly as many cells as the header.
 */
final class WosCodec extends DelimitedCodec {
    private int width;

    WosCodec() {
        super("UT", "DI", "TI", "PY");
    }

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
                indexColumns(Arrays.asList(tags).subList(0, width));
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
    byte[] breakSyntax(Rec rec) {
        byte[] r = rec.render();
        int tab = indexOf(r, new byte[] {'\t'}, 0);
        r = r.clone();
        r[tab] = ' ';
        return r;
    }

    @Override
    ReasonCode syntaxReason(CorruptionKind kind) {
        return switch (kind) {
            case TRUNCATED_RECORD, TRUNCATED_FILE, BROKEN_SYNTAX -> ReasonCode.MALFORMED_ROW;
            case WRONG_TYPE -> ReasonCode.INVALID_YEAR;
            default -> throw new IllegalArgumentException(kind + " does not depend on the syntax");
        };
    }

    private final class WosRec extends DelimitedRec {
        private final String[] cells;

        WosRec(String[] cells) {
            this.cells = cells;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    cells[i] = "";
                }
            }
        }

        @Override
        String cell(int i) {
            return cells[i];
        }

        /** Tabs and line breaks in a value become spaces: they would end the cell or the record. */
        @Override
        void setCell(int i, String value) {
            cells[i] = value.replaceAll("[\t\r\n]", " ");
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
