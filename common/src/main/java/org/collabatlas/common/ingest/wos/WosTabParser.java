package org.collabatlas.common.ingest.wos;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.collabatlas.common.ingest.Delimited;
import org.collabatlas.common.ingest.Json;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.LineReader;
import org.collabatlas.common.ingest.Normalize;
import org.collabatlas.common.ingest.RecordParser;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;

/**
 * Web of Science tab-delimited export ("Tab delimited file", UTF-8): the first non-blank line is a header of field
 * tags ({@code PT AU AF ... UT}) naming the columns of that file; every other non-blank line is one record.
 * Lines are read by {@link LineReader} (BOM and CRLF handled, strict UTF-8 per line).
 * <ul>
 *   <li>id: {@code UT}; doi: {@code DI}; title: {@code TI}; year: {@code PY} (kept as {@code yearText} when not a
 *   number); venue: {@code SO}; content type: {@code DT}, else {@code PT}.</li>
 *   <li>keywords: {@code DE} ({@link KeywordKind#AUTHOR}) and {@code ID} (KeyWords Plus, {@link KeywordKind#INDEX}),
 *   each split on {@code "; "}.</li>
 *   <li>authors: {@code AF} (full names) split on {@code "; "}, else {@code AU}; position = 1-based order.</li>
 *   <li>affiliations: the {@code C1} addresses of each author in {@code C1} order, as read by
 *   {@link WosAddresses}: an address belongs to the authors named in its brackets (the same name as in the
 *   by-line, or the same name up to case, accents and punctuation); an address without brackets belongs to every
 *   author. Duplicate addresses of one author are dropped; an author with no address has no affiliation.
 *   {@code C3} (organisations) and {@code RP} (reprint address) are not read.</li>
 *   <li>ORCID: {@code OI} entries {@code Name/0000-0000-0000-0000}, matched to authors by name up to case,
 *   accents and punctuation.</li>
 * </ul>
 * Rejects: no header or no record line ({@code empty_file}); a line with a column count other than the header's
 * ({@code malformed_row}; extra columns that are all empty are allowed); {@code invalid_utf8} and {@code oversized}
 * lines. A bad header line rejects the whole file.
 */
public final class WosTabParser implements RecordParser {
    private static final String SOURCE = SourceFormat.WOS.id();

    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        LineReader lines = new LineReader(in, limits.maxRecordBytes());
        Map<String, Integer> header = null;
        int columns = 0;
        boolean sawRecordLine = false;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String loc = "line " + line.number();
            if (!line.oversized() && line.text().isBlank()) {
                continue;
            }
            if (header == null) {
                if (line.oversized() || line.invalidUtf8()) {
                    sink.accept(new Reject(SOURCE, file, loc, line.oversized() ? ReasonCode.OVERSIZED
                            : ReasonCode.INVALID_UTF8, "the header line is unreadable (" + (line.oversized()
                            ? line.bytes() + " bytes" : "not valid UTF-8") + "); the file cannot be read", ""));
                    return;
                }
                String[] tags = line.text().split("\t", -1);
                columns = tags.length;
                while (columns > 0 && tags[columns - 1].isBlank()) {
                    columns--;
                }
                header = new HashMap<>();
                for (int i = columns - 1; i >= 0; i--) {
                    header.put(tags[i].replace("\uFEFF", "").strip(), i);
                }
                continue;
            }
            sawRecordLine = true;
            if (line.oversized()) {
                sink.accept(new Reject(SOURCE, file, loc, ReasonCode.OVERSIZED, "line of " + line.bytes()
                        + " bytes exceeds ingest.limits.max-record-bytes", ""));
            } else if (line.invalidUtf8()) {
                sink.accept(new Reject(SOURCE, file, loc, ReasonCode.INVALID_UTF8, "the line is not valid UTF-8",
                        limits.excerpt(line.text())));
            } else {
                String[] cells = line.text().split("\t", -1);
                if (Delimited.fits(Arrays.asList(cells), columns)) {
                    sink.accept(toRecord(file, loc, new Row(header, cells), limits.excerpt(line.text())));
                } else {
                    sink.accept(new Reject(SOURCE, file, loc, ReasonCode.MALFORMED_ROW, "the line has "
                            + cells.length + " tab-separated columns but the header has " + columns,
                            limits.excerpt(line.text())));
                }
            }
        }
        if (!sawRecordLine) {
            sink.accept(new Reject(SOURCE, file, "file", ReasonCode.EMPTY_FILE, header == null
                    ? "the file is empty" : "the file holds only a header line", ""));
        }
    }

    /** The cells of one line, by field tag; a missing column or blank cell reads as null. */
    private record Row(Map<String, Integer> header, String[] cells) {
        String get(String tag) {
            Integer i = header.get(tag);
            return i == null ? null : Normalize.text(cells[i]);
        }
    }

    private static SourceRecord toRecord(String file, String loc, Row row, String excerpt) {
        String yearText = row.get("PY");
        Integer year = Json.parseYear(yearText);
        String type = row.get("DT") != null ? row.get("DT") : row.get("PT");
        List<Keyword> keywords = new ArrayList<>();
        Delimited.list(row.get("DE")).forEach(k -> keywords.add(new Keyword(k, KeywordKind.AUTHOR)));
        Delimited.list(row.get("ID")).forEach(k -> keywords.add(new Keyword(k, KeywordKind.INDEX)));
        return new SourceRecord(SOURCE, file, loc, row.get("UT"), Normalize.doi(row.get("DI")), row.get("TI"), year,
                year == null ? yearText : null, row.get("SO"), type, keywords, authors(row), excerpt);
    }

    private static List<AuthorRecord> authors(Row row) {
        List<String> names = Delimited.list(row.get("AF"));
        if (names.isEmpty()) {
            names = Delimited.list(row.get("AU"));
        }
        List<WosAddresses.Address> addresses = WosAddresses.parse(row.get("C1"));
        Map<String, String> orcids = orcids(row.get("OI"));
        List<AuthorRecord> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String key = Normalize.titleKey(name);
            Map<String, AffiliationRecord> affs = new LinkedHashMap<>();
            for (WosAddresses.Address a : addresses) {
                if (a.forEveryone() || a.names().contains(name)
                        || (key != null && a.names().stream().map(Normalize::titleKey).anyMatch(key::equals))) {
                    affs.putIfAbsent(a.text(), AffiliationRecord.of(a.text(), a.country()));
                }
            }
            out.add(new AuthorRecord(i + 1, name, null, key == null ? null : orcids.get(key),
                    new ArrayList<>(affs.values())));
        }
        return out;
    }

    /** {@code OI} ({@code Name/ORCID; Name/ORCID}) as name key to ORCID; the first iD of a name wins. */
    private static Map<String, String> orcids(String oi) {
        Map<String, String> out = new HashMap<>();
        for (String entry : Delimited.list(oi)) {
            int slash = entry.lastIndexOf('/');
            String key = slash > 0 ? Normalize.titleKey(entry.substring(0, slash)) : null;
            String orcid = slash > 0 ? Normalize.orcid(entry.substring(slash + 1)) : null;
            if (key != null && orcid != null) {
                out.putIfAbsent(key, orcid);
            }
        }
        return out;
    }
}
