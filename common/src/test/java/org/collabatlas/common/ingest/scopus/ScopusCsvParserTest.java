package org.collabatlas.common.ingest.scopus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

class ScopusCsvParserTest {
    static final List<String> COLUMNS = List.of("Authors", "Author(s) ID", "Title", "Year", "Source title", "DOI",
            "Affiliations", "Authors with affiliations", "Abstract", "Author Keywords", "Index Keywords",
            "Document Type", "EID");
    static final String HEADER = "\uFEFF" + String.join(",", COLUMNS) + "\n";

    /**
     * One CSV record, every field quoted (quotes doubled), the given columns set ({@code name, value, name, value,
     * ...}) and the others empty.
     */
    static String row(String... values) {
        String[] cells = new String[COLUMNS.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < values.length; i += 2) {
            cells[COLUMNS.indexOf(values[i])] = values[i + 1];
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return out.append('\n').toString();
    }

    static final String PAPER = row("Authors", "Zhou J., Xu W.", "Title", "IoT monitoring", "Year", "2018",
            "DOI", "10.1007/978-3-319-66628-0_35", "EID", "2-s2.0-85031313744",
            "Affiliations", "Beijing University of Posts and Telecommunications, Beijing, China",
            "Authors with affiliations", "Zhou, J., Beijing University of Posts and Telecommunications, Beijing, "
                    + "China; Xu, W., Beijing University of Posts and Telecommunications, Beijing, China");

    @Test
    void readsScalarFieldsKeywordsAndQuotedText() {
        String text = HEADER + row("Authors", "Doe J.", "Title", "Fog, \"edge\" and\r\ncloud", "Year", "2017",
                "Source title", "Future Generation Computer Systems", "DOI", "10.1016/J.FUTURE.2017.02.014",
                "EID", "2-s2.0-1", "Document Type", "Article", "Abstract", "Line one,\nline \"two\"",
                "Author Keywords", "Edge/Fog computing; Healthcare", "Index Keywords", "Fog; Sensor networks",
                "Authors with affiliations", "Doe, J., TU Wien, Vienna, Austria",
                "Affiliations", "TU Wien, Vienna, Austria");
        SourceRecord r = Parsed.of(SourceFormat.SCOPUS, text).only();
        assertEquals("scopus", r.source());
        assertEquals("line 2", r.locator());
        assertEquals("2-s2.0-1", r.sourceId());
        assertEquals("10.1016/j.future.2017.02.014", r.doi());
        assertEquals("Fog, \"edge\" and cloud", r.title());
        assertEquals(2017, r.year());
        assertEquals("Future Generation Computer Systems", r.venue());
        assertEquals("Article", r.contentType());
        assertEquals(List.of(new Keyword("Edge/Fog computing", KeywordKind.AUTHOR),
                new Keyword("Healthcare", KeywordKind.AUTHOR), new Keyword("Fog", KeywordKind.INDEX),
                new Keyword("Sensor networks", KeywordKind.INDEX)), r.keywords());
        assertEquals(List.of(new AuthorRecord(1, "Doe, J.", null, null,
                List.of(AffiliationRecord.of("TU Wien, Vienna, Austria", "Austria")))), r.authors());
    }

    @Test
    void multipleAffiliationsAreSplitOnTheKnownAffiliationStrings() {
        String text = HEADER + row("Title", "T", "EID", "2-s2.0-2",
                "Authors", "Rahmani A.M., Gia T.N., Lukas, Oliveira A., Jr., Smith K.",
                "Author(s) ID", "111;222;333;444;555;",
                "Affiliations", "Department of Computer Science, University of California Irvine, United States; "
                        + "Institute of Computer Technology, TU Wien, Vienna, Austria; "
                        + "University of Turku, Turku, Finland; Faculty of Engineering, Atma Jaya, Jakarta, Indonesia; "
                        + "INF, Federal University of Goiás, Goiânia, GO, Brazil",
                "Authors with affiliations", "Rahmani, A.M., Department of Computer Science, University of "
                        + "California Irvine, United States, Institute of Computer Technology, TU Wien, Vienna, Austria; "
                        + "Gia, T.N., University of Turku, Turku, Finland; "
                        + "Lukas, Faculty of Engineering, Atma Jaya, Jakarta, Indonesia; "
                        + "Oliveira, A., Jr., INF, Federal University of Goiás, Goiânia, GO, Brazil; "
                        + "Smith, K., Unlisted Lab, Somewhere, Nowhere, Chile.");
        List<AuthorRecord> a = Parsed.of(SourceFormat.SCOPUS, text).only().authors();
        assertEquals(List.of("Rahmani, A.M.", "Gia, T.N.", "Lukas", "Oliveira, A., Jr.", "Smith, K."),
                a.stream().map(AuthorRecord::name).toList());
        assertEquals(List.of("111", "222", "333", "444", "555"),
                a.stream().map(AuthorRecord::sourceAuthorId).toList());
        assertEquals(List.of(
                AffiliationRecord.of("Department of Computer Science, University of California Irvine, United States",
                        "United States"),
                AffiliationRecord.of("Institute of Computer Technology, TU Wien, Vienna, Austria", "Austria")),
                a.get(0).affiliations());
        assertEquals(List.of(AffiliationRecord.of("Faculty of Engineering, Atma Jaya, Jakarta, Indonesia",
                "Indonesia")), a.get(2).affiliations());
        assertEquals("Brazil", a.get(3).affiliations().get(0).rawCountry());
        // not among the known affiliations: the whole tail is one affiliation
        assertEquals(List.of(AffiliationRecord.of("Unlisted Lab, Somewhere, Nowhere, Chile.", "Chile")),
                a.get(4).affiliations());
    }

    @Test
    void characterReferencesAreDecodedBeforeSplitting() {
        // 2-s2.0-85... "Ghent University &#x2013; imec": the ';' of the reference is not a list separator
        String aff = "Ghent University &#x2013; imec, IDLab, B-9052 Ghent, Belgium.";
        String text = HEADER + row("Title", "T", "Affiliations", aff,
                "Authors with affiliations", "Van den Abeele, F., " + aff + "; Hoebeke, J., " + aff);
        List<AuthorRecord> a = Parsed.of(SourceFormat.SCOPUS, text).only().authors();
        assertEquals(2, a.size());
        assertEquals(List.of(AffiliationRecord.of("Ghent University \u2013 imec, IDLab, B-9052 Ghent, Belgium.",
                "Belgium")), a.get(1).affiliations());
    }

    @Test
    void emptyAuthorsWithAffiliationsFallsBackToAuthors() {
        SourceRecord r = Parsed.of(SourceFormat.SCOPUS, HEADER + row("Title", "T",
                "Authors", "Amah T.E., Moreira W., Oliveira A., Jr.")).only();
        assertEquals(List.of(new AuthorRecord(1, "Amah T.E.", null, null, List.of()),
                new AuthorRecord(2, "Moreira W.", null, null, List.of()),
                new AuthorRecord(3, "Oliveira A., Jr.", null, null, List.of())), r.authors());
        r = Parsed.of(SourceFormat.SCOPUS, HEADER + row("Title", "T",
                "Authors", "Amah, T.E.; Moreira, W.")).only();
        assertEquals(List.of("Amah, T.E.", "Moreira, W."), r.authors().stream().map(AuthorRecord::name).toList());
    }

    @Test
    void authorFullNamesReplaceShortNamesWhenPresent() {
        String text = "Authors,Author full names,Author(s) ID,Title,Authors with affiliations,Affiliations,EID\n"
                + "\"Doe, J.; Roe, R.\",\"Doe, Jane (5710); Roe, Richard (5720)\",\"5710; 5720\",T,"
                + "\"Doe, J., MIT, Cambridge, United States; Roe, R., ETH, Zurich, Switzerland\","
                + "\"MIT, Cambridge, United States; ETH, Zurich, Switzerland\",2-s2.0-3\n";
        List<AuthorRecord> a = Parsed.of(SourceFormat.SCOPUS, text).only().authors();
        assertEquals(new AuthorRecord(2, "Roe, Richard", "5720", null,
                List.of(AffiliationRecord.of("ETH, Zurich, Switzerland", "Switzerland"))), a.get(1));
    }

    @Test
    void crlfLineEndingsAndMultiLineRecordsKeepLineNumbers() {
        String text = (HEADER + row("Title", "a\nb\nc", "Authors", "X Y.") + PAPER).replace("\n", "\r\n");
        Parsed p = Parsed.of(SourceFormat.SCOPUS, text);
        assertEquals(List.of("line 2", "line 5"), p.records().stream().map(SourceRecord::locator).toList());
        assertEquals("a b c", p.records().get(0).title());
        assertEquals("2-s2.0-85031313744", p.records().get(1).sourceId());
    }

    @Test
    void wrongColumnCountIsAMalformedRow() {
        Parsed p = Parsed.of(SourceFormat.SCOPUS, HEADER + PAPER + "\"Doe J.\",\"only, two\"\n" + PAPER
                + PAPER.replace("\n", ",\"extra\"\n") + PAPER.replace("\n", ",,\n"));
        assertEquals(3, p.records().size());
        assertEquals(List.of("line 3", "line 5"), p.rejects().stream().map(Reject::locator).toList());
        assertTrue(p.rejects().stream().allMatch(r -> r.reason() == ReasonCode.MALFORMED_ROW));
    }

    @Test
    void unterminatedQuoteAtEndOfFileIsTruncated() {
        Parsed p = Parsed.of(SourceFormat.SCOPUS, HEADER + PAPER + PAPER + "\"Doe J.\",\"unfinished\nmore, text\n");
        assertEquals(2, p.records().size());
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.TRUNCATED, r.reason());
        assertEquals("line 4", r.locator());
    }

    @Test
    void strayQuoteInsideTheFileIsAMalformedRowThatEndsAtTheNextClosingQuote() {
        // the stray quote runs into the next record, whose first quote closes it: both become one malformed row
        Parsed p = Parsed.of(SourceFormat.SCOPUS, HEADER + PAPER + "\"Doe J.\",\"unfinished\n" + PAPER + PAPER);
        assertEquals(List.of("line 2", "line 5"), p.records().stream().map(SourceRecord::locator).toList());
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.MALFORMED_ROW, r.reason());
        assertEquals("line 3", r.locator());
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(SourceFormat.SCOPUS, "").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(SourceFormat.SCOPUS, "\uFEFF").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(SourceFormat.SCOPUS, HEADER + "\n\r\n").onlyReject().reason());
    }

    @Test
    void invalidUtf8RecordIsRejectedAndTheOthersKept() {
        byte[] bad = (HEADER + PAPER + PAPER.replace("IoT", "I\u0001T") + PAPER).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] == 1) {
                bad[i] = (byte) 0x80; // a lone continuation byte
            }
        }
        Parsed p = Parsed.of(SourceFormat.SCOPUS, bad);
        assertEquals(2, p.records().size());
        assertEquals(ReasonCode.INVALID_UTF8, p.rejects().get(0).reason());
        assertEquals("line 3", p.rejects().get(0).locator());
        assertEquals(1, p.rejects().size());
    }

    @Test
    void validatorRejects() {
        String badYear = PAPER.replace("\"2018\"", "\"2018a\"");
        String noId = row("Authors", "Doe J.", "Year", "2018", "EID", "2-s2.0-9");
        String noAuthors = row("Authors", "[No author name available]", "Title", "Proceedings", "Year",
                "2017", "EID", "2-s2.0-84904158888", "Document Type", "Conference Review");
        Parsed p = Parsed.of(SourceFormat.SCOPUS, HEADER + badYear + noId + noAuthors);
        assertEquals(List.of(ReasonCode.INVALID_YEAR, ReasonCode.NO_IDENTIFIER, ReasonCode.NO_AUTHORS),
                p.rejects().stream().map(Reject::reason).toList());
        assertEquals(List.of(), p.records());
        assertTrue(p.rejects().get(0).message().contains("2018a"));
    }

    @Test
    void gzipAndTruncatedGzip() {
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            many.append(PAPER.replace("2-s2.0-85031313744", "2-s2.0-" + i));
        }
        byte[] gz = Parsed.gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(2000, Parsed.of(SourceFormat.SCOPUS, gz).records().size());
        Parsed p = Parsed.of(SourceFormat.SCOPUS, Arrays.copyOf(gz, gz.length / 2));
        assertTrue(p.records().size() > 100 && p.records().size() < 2000, "kept " + p.records().size());
        assertEquals("2-s2.0-0", p.records().get(0).sourceId());
        assertEquals(1, p.rejects().size(), p.rejects().toString());
        assertEquals(ReasonCode.TRUNCATED, p.rejects().get(0).reason());
    }

    @Test
    void countryOfAnAffiliation() {
        assertEquals("China", ScopusAuthors.country("Beijing University, Beijing, China"));
        assertEquals("Belgium", ScopusAuthors.country("Ghent University, Ghent, Belgium."));
        assertNull(ScopusAuthors.country("."));
    }
}
