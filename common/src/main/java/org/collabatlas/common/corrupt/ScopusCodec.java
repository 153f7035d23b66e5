package org.collabatlas.common.corrupt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.ingest.CsvReader;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/** Scopus CSV exports: a header record, then one record per paper; output quotes every field, lines end in \n. */
final class ScopusCodec extends DelimitedCodec {
    ScopusCodec() {
        super("EID", "DOI", "Title", "Year");
    }

    @Override
    SourceFormat format() {
        return SourceFormat.SCOPUS;
    }

    @Override
    Parsed parse(byte[] content) {
        CsvReader csv = new CsvReader(new ByteArrayInputStream(content), Integer.MAX_VALUE - 16);
        List<Rec> out = new ArrayList<>();
        List<String> header = null;
        try {
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.problem() != CsvReader.Problem.NONE) {
                    throw new IllegalArgumentException("not a clean Scopus file: line " + row.line() + " is "
                            + row.problem());
                }
                if (header == null) {
                    header = new ArrayList<>(row.fields());
                    header.set(0, header.get(0).replace("\uFEFF", ""));
                    indexColumns(header);
                } else {
                    List<String> f = new ArrayList<>(row.fields());
                    while (f.size() > header.size()) {
                        f.remove(f.size() - 1);
                    }
                    while (f.size() < header.size()) {
                        f.add("");
                    }
                    out.add(new ScopusRec(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new IllegalArgumentException("not a clean Scopus file: no header");
        }
        return new Parsed(render(header).getBytes(StandardCharsets.UTF_8), out);
    }

    static String render(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i > 0 ? "," : "").append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        return sb.toString();
    }

    @Override
    byte[] truncateRecord(Rec rec) {
        List<String> f = ((ScopusRec) rec).fields;
        return render(f.subList(0, f.size() / 2)).getBytes(StandardCharsets.UTF_8);
    }

    /** Half the fields, then a quoted field opened and never closed: the file ends inside it. */
    @Override
    byte[] truncateAtEnd(Rec rec) {
        List<String> f = ((ScopusRec) rec).fields;
        String next = f.get(f.size() / 2).replace("\"", "\"\"");
        return (render(f.subList(0, f.size() / 2)) + ",\"" + next.substring(0, Math.min(3, next.length())))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    byte[] breakSyntax(Rec rec) {
        return ("\"x\"y," + new String(rec.render(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    ReasonCode syntaxReason(CorruptionKind kind) {
        return switch (kind) {
            case TRUNCATED_RECORD, BROKEN_SYNTAX -> ReasonCode.MALFORMED_ROW;
            case TRUNCATED_FILE -> ReasonCode.TRUNCATED;
            case WRONG_TYPE -> ReasonCode.INVALID_YEAR;
            default -> throw new IllegalArgumentException(kind + " does not depend on the syntax");
        };
    }

    private final class ScopusRec extends DelimitedRec {
        private final List<String> fields;

        ScopusRec(List<String> fields) {
            this.fields = fields;
        }

        @Override
        String cell(int i) {
            return fields.get(i);
        }

        @Override
        void setCell(int i, String value) {
            fields.set(i, value);
        }

        @Override
        public void removeAuthors() {
            for (String c : List.of("Authors", "Author full names", "Author(s) ID", "Authors with affiliations")) {
                set(c, "");
            }
        }

        @Override
        public void setAuthors(int n) {
            StringBuilder with = new StringBuilder();
            StringBuilder names = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                with.append(i > 1 ? "; " : "").append("Number").append(i).append(", A., University of Tokyo, Japan");
                names.append(i > 1 ? "; " : "").append("Number").append(i).append(" A.");
            }
            set("Authors with affiliations", with.toString());
            set("Authors", names.toString());
            set("Author full names", "");
            set("Author(s) ID", "");
        }

        @Override
        public byte[] render() {
            return ScopusCodec.render(fields).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Rec copy() {
            return new ScopusRec(new ArrayList<>(fields));
        }
    }
}
