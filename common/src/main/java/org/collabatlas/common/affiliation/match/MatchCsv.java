package org.collabatlas.common.affiliation.match;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.collabatlas.common.ingest.CsvReader;

/**
 * The file format of {@code collab-atlas match-affiliations}: a CSV (UTF-8, BOM allowed, RFC 4180) with a header
 * holding a column {@code affiliation}; the output is the input columns plus {@code ror_ids} (space-separated full
 * ROR URLs, empty for no match), {@code country} (ISO alpha-2, empty when unknown) and {@code score} (4 decimals),
 * one row per input row in input order. A record the CSV reader cannot read stops the run with its line number.
 */
public final class MatchCsv {
    private MatchCsv() {
    }

    /** Matches every row; returns the number of data rows written. */
    public static long run(InputStream in, String name, OutputStream out, AffiliationMatcher matcher)
            throws IOException {
        CsvReader r = new CsvReader(in, 1 << 22);
        CsvReader.Row header = r.next();
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty file, expected a header with a column affiliation");
        }
        check(header, name);
        int col = header.fields().indexOf("affiliation");
        if (col < 0) {
            throw new IllegalArgumentException(name + ": no column 'affiliation' in the header " + header.fields());
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writeRow(w, header.fields(), List.of("ror_ids", "country", "score"));
        long n = 0;
        for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
            check(row, name);
            List<String> f = row.fields();
            String affiliation = col < f.size() ? f.get(col) : null;
            MatchResult m = matcher.match(affiliation, null);
            writeRow(w, f, List.of(String.join(" ", m.rorIds()), m.country() == null ? "" : m.country(),
                    String.format(Locale.ROOT, "%.4f", m.score())));
            n++;
        }
        w.flush();
        return n;
    }

    private static void check(CsvReader.Row row, String name) {
        if (row.problem() != CsvReader.Problem.NONE) {
            throw new IllegalArgumentException(name + " line " + row.line() + ": "
                    + row.problem().name().toLowerCase(Locale.ROOT) + " record");
        }
    }

    private static void writeRow(Writer w, List<String> a, List<String> b) throws IOException {
        boolean first = true;
        for (List<String> part : List.of(a, b)) {
            for (String v : part) {
                if (!first) {
                    w.write(',');
                }
                first = false;
                w.write(quote(v));
            }
        }
        w.write('\n');
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        boolean q = false;
        for (int i = 0; i < v.length() && !q; i++) {
            char c = v.charAt(i);
            q = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return q ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
