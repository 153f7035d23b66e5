package org.collabatlas.common.ingest.scopus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabatlas.common.ingest.CsvReader;
import org.collabatlas.common.ingest.Delimited;
import org.collabatlas.common.ingest.Json;
import org.collabatlas.common.ingest.Limits;
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
 * Scopus CSV export, read with {@link CsvReader}: the first record is the header, columns are found by name (a BOM
 * before the first name is ignored), every other record is one paper. Numeric character references that Scopus
 * leaves in the text ({@code &#x2013;}, {@code &#246;}) are decoded in every field before it is split.
 * <ul>
 *   <li>id: {@code EID}; doi: {@code DOI}; title: {@code Title}; year: {@code Year} (kept as {@code yearText} when
 *   not a number); venue: {@code Source title}; content type: {@code Document Type}.</li>
 *   <li>keywords: {@code Author Keywords} ({@link KeywordKind#AUTHOR}) and {@code Index Keywords}
 *   ({@link KeywordKind#INDEX}), each split on {@code "; "}.</li>
 *   <li>authors and affiliations: {@code Authors with affiliations}, {@code Affiliations} and {@code Authors} as
 *   read by {@link ScopusAuthors}. When {@code Author full names} ({@code Surname, Given (id); ...}) has as many
 *   entries as there are authors, its names (and ids) replace the short ones by position. Author ids: {@code
 *   Author(s) ID} ({@code ;}-separated) by position when it has as many ids as there are authors.</li>
 * </ul>
 * Rejects: no header or no record ({@code empty_file}); a record with a column count other than the header's, or
 * with text after a closing quote ({@code malformed_row}); a quote still open at the end of the file
 * ({@code truncated}); {@code invalid_utf8} and {@code oversized} records. Locators are {@code line N}, the line
 * where the record starts. A bad header rejects the whole file.
 */
public final class ScopusCsvParser implements RecordParser {
    private static final String SOURCE = SourceFormat.SCOPUS.id();
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern FULL_NAME = Pattern.compile("^(.*?)\\s*\\((\\d+)\\)$");

    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        CsvReader csv = new CsvReader(in, limits.maxRecordBytes());
        CsvReader.Row first = csv.next();
        if (first == null) {
            sink.accept(new Reject(SOURCE, file, "file", ReasonCode.EMPTY_FILE, "the file is empty", ""));
            return;
        }
        if (first.problem() != CsvReader.Problem.NONE) {
            sink.accept(reject(file, first, limits, "the header record is unreadable; the file cannot be read"));
            return;
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = first.fields().size() - 1; i >= 0; i--) {
            header.put(first.fields().get(i).replace("\uFEFF", "").strip(), i);
        }
        int columns = first.fields().size();
        boolean sawRecord = false;
        for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
            sawRecord = true;
            String loc = "line " + row.line();
            if (row.problem() != CsvReader.Problem.NONE) {
                sink.accept(reject(file, row, limits, ""));
            } else if (!Delimited.fits(row.fields(), columns)) {
                sink.accept(new Reject(SOURCE, file, loc, ReasonCode.MALFORMED_ROW, "the record has "
                        + row.fields().size() + " columns but the header has " + columns, limits.excerpt(row.raw())));
            } else {
                sink.accept(toRecord(file, loc, new Fields(header, row.fields()), limits.excerpt(row.raw())));
            }
        }
        if (!sawRecord) {
            sink.accept(new Reject(SOURCE, file, "file", ReasonCode.EMPTY_FILE, "the file holds only a header", ""));
        }
    }

    private static Reject reject(String file, CsvReader.Row row, Limits limits, String context) {
        String loc = "line " + row.line();
        String suffix = context.isEmpty() ? "" : "; " + context;
        return switch (row.problem()) {
            case UNTERMINATED_QUOTE -> new Reject(SOURCE, file, loc, ReasonCode.TRUNCATED, "a quoted field opened in "
                    + "this record is never closed: the file ends inside it" + suffix, limits.excerpt(row.raw()));
            case MALFORMED -> new Reject(SOURCE, file, loc, ReasonCode.MALFORMED_ROW, "text follows the closing "
                    + "quote of a field" + suffix, limits.excerpt(row.raw()));
            case OVERSIZED -> new Reject(SOURCE, file, loc, ReasonCode.OVERSIZED, "record of " + row.bytes()
                    + " bytes exceeds ingest.limits.max-record-bytes" + suffix, "");
            case INVALID_UTF8 -> new Reject(SOURCE, file, loc, ReasonCode.INVALID_UTF8, "the record is not valid "
                    + "UTF-8" + suffix, limits.excerpt(row.raw()));
            case NONE -> throw new IllegalArgumentException("not a bad row");
        };
    }

    /** The fields of one record by column name; a missing column or blank field reads as null. */
    private record Fields(Map<String, Integer> header, List<String> values) {
        String get(String column) {
            Integer i = header.get(column);
            return i == null ? null : Normalize.text(decodeCharRefs(values.get(i)));
        }
    }

    private static SourceRecord toRecord(String file, String loc, Fields f, String excerpt) {
        String yearText = f.get("Year");
        Integer year = Json.parseYear(yearText);
        List<Keyword> keywords = new ArrayList<>();
        Delimited.list(f.get("Author Keywords")).forEach(k -> keywords.add(new Keyword(k, KeywordKind.AUTHOR)));
        Delimited.list(f.get("Index Keywords")).forEach(k -> keywords.add(new Keyword(k, KeywordKind.INDEX)));
        return new SourceRecord(SOURCE, file, loc, f.get("EID"), Normalize.doi(f.get("DOI")), f.get("Title"), year,
                year == null ? yearText : null, f.get("Source title"), f.get("Document Type"), keywords, authors(f),
                excerpt);
    }

    private static List<AuthorRecord> authors(Fields f) {
        List<ScopusAuthors.Author> read = ScopusAuthors.read(f.get("Authors with affiliations"),
                f.get("Affiliations"), f.get("Authors"));
        List<String> ids = Delimited.list(f.get("Author(s) ID") == null ? null
                : f.get("Author(s) ID").replace(";", "; "));
        List<String> fullNames = Delimited.list(f.get("Author full names"));
        boolean useFull = fullNames.size() == read.size();
        boolean useIds = ids.size() == read.size();
        List<AuthorRecord> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            String name = read.get(i).name();
            String id = useIds ? ids.get(i) : null;
            if (useFull) {
                Matcher m = FULL_NAME.matcher(fullNames.get(i));
                name = m.matches() ? m.group(1) : fullNames.get(i);
                id = id == null && m.matches() ? m.group(2) : id;
            }
            List<AffiliationRecord> affs = new ArrayList<>();
            for (String a : read.get(i).affiliations()) {
                affs.add(AffiliationRecord.of(a, ScopusAuthors.country(a)));
            }
            out.add(new AuthorRecord(i + 1, name, id, null, affs));
        }
        return out;
    }

    /** {@code &#xHHHH;} and {@code &#DDDD;} replaced by their characters (invalid code points left as they are). */
    static String decodeCharRefs(String s) {
        if (s == null || s.indexOf("&#") < 0) {
            return s;
        }
        Matcher m = CHAR_REF.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            String rep = Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
