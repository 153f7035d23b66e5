package org.collabatlas.common.ingest.ieee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

class IeeeXploreParserTest {
    private static final SourceFormat F = SourceFormat.IEEE_XPLORE_API;

    /** Two authors listed out of order, one with two affiliations, one with only the legacy field. */
    static final String ARTICLE = """
            {"doi": "10.1109/TVCG.2020.3030418", "title": "CNN Explainer", "article_number": "9222000",
             "publication_year": "2020", "publication_title": "IEEE Transactions on Visualization",
             "content_type": "Journals",
             "index_terms": {"ieee_terms": {"terms": ["Visualization", "Neural networks"]},
                             "author_terms": {"terms": ["deep learning", " explainable AI "]},
                             "dynamic_index_terms": {"terms": ["CNN"]}},
             "authors": {"authors": [
               {"full_name": "Robert Turko", "author_order": 2, "id": 37088662053,
                "affiliation": "Georgia Tech.", "authorAffiliations": {"authorAffiliation": null}},
               {"full_name": "Zijie J. Wang", "author_order": 1, "id": 37088660889, "affiliation": "Georgia Tech.",
                "authorAffiliations": {"authorAffiliation": ["Georgia Tech., Atlanta, GA, USA",
                                                             "Microsoft Research, Redmond, WA, USA",
                                                             "Georgia Tech., Atlanta, GA, USA"]}}]}}
            """;

    @Test
    void readsAnApiResponse() {
        Parsed p = Parsed.of(F, "{\"total_records\": 1, \"articles\": [" + ARTICLE + "]}");
        SourceRecord r = p.only();
        assertEquals("ieee-xplore-api", r.source());
        assertEquals("9222000", r.sourceId());
        assertEquals("10.1109/tvcg.2020.3030418", r.doi());
        assertEquals("CNN Explainer", r.title());
        assertEquals(2020, r.year());
        assertEquals("IEEE Transactions on Visualization", r.venue());
        assertEquals("Journals", r.contentType());
        assertEquals(List.of(new Keyword("Visualization", KeywordKind.IEEE_TERM),
                new Keyword("Neural networks", KeywordKind.IEEE_TERM),
                new Keyword("deep learning", KeywordKind.AUTHOR), new Keyword("explainable AI", KeywordKind.AUTHOR),
                new Keyword("CNN", KeywordKind.DYNAMIC)), r.keywords());
        assertEquals(2, r.authors().size());
        AuthorRecord first = r.authors().get(0);
        assertEquals(1, first.position());
        assertEquals("Zijie J. Wang", first.name());
        assertEquals("37088660889", first.sourceAuthorId());
        assertEquals(List.of("Georgia Tech., Atlanta, GA, USA", "Microsoft Research, Redmond, WA, USA"),
                first.affiliations().stream().map(a -> a.raw()).toList());
        AuthorRecord second = r.authors().get(1);
        assertEquals(2, second.position());
        assertEquals("Robert Turko", second.name());
        assertEquals(List.of("Georgia Tech."), second.affiliations().stream().map(a -> a.raw()).toList());
    }

    @Test
    void readsJsonLinesOfArticlesAndOfResponses() {
        String line = ARTICLE.replace("\n", " ");
        Parsed p = Parsed.of(F, line + "\n\n" + "{\"articles\": [" + line + "," + line.replace("9222000", "1") + "]}\n");
        assertEquals(3, p.records().size());
        assertEquals(List.of("line 1", "line 3, record 0", "line 3, record 1"),
                p.records().stream().map(SourceRecord::locator).toList());
    }

    @Test
    void readsGzip() {
        Parsed p = Parsed.of(F, Parsed.gzip(("{\"articles\": [" + ARTICLE + "]}").getBytes(StandardCharsets.UTF_8)));
        assertEquals("9222000", p.only().sourceId());
    }

    @Test
    void frontMatterWithoutAuthorsIsRejected() {
        Parsed p = Parsed.of(F, "{\"articles\": [{\"doi\": \"10.1109/x.1\", \"title\": \"Table of Contents\", "
                + "\"publication_year\": 2020, \"authors\": {\"authors\": []}}]}");
        Reject r = p.onlyReject();
        assertEquals(ReasonCode.NO_AUTHORS, r.reason());
        assertEquals("line 1, record 0", r.locator()); // a one-line response is read as JSON Lines
        assertTrue(r.excerpt().contains("Table of Contents"));
    }

    @Test
    void wrongTypesAreRejectedNotThrown() {
        Parsed p = Parsed.of(F, "{\"articles\": [{\"title\": \"T\", \"authors\": \"nobody\"}, 17, "
                + ARTICLE + "]}");
        assertEquals(1, p.records().size());
        assertEquals(2, p.rejected(ReasonCode.WRONG_TYPE));
        assertTrue(p.rejects().get(0).message().contains("authors"), p.rejects().get(0).message());
    }

    @Test
    void impossibleYearsAndYearWindow() {
        String a = ARTICLE.replace("\"2020\"", "\"20x0\"");
        assertEquals(ReasonCode.INVALID_YEAR, Parsed.of(F, a).onlyReject().reason());
        assertEquals(ReasonCode.INVALID_YEAR, Parsed.of(F, ARTICLE.replace("\"2020\"", "1066")).onlyReject().reason());
        Parsed windowed = Parsed.of(F, ARTICLE.getBytes(StandardCharsets.UTF_8), Limits.defaults(),
                YearWindow.parse("2016-2019"));
        assertEquals(ReasonCode.OUTSIDE_YEAR_WINDOW, windowed.onlyReject().reason());
        Parsed noYear = Parsed.of(F, ARTICLE.replace("\"publication_year\": \"2020\",", "")
                .getBytes(StandardCharsets.UTF_8), Limits.defaults(), YearWindow.parse("2016-2022"));
        assertEquals(ReasonCode.MISSING_YEAR, noYear.onlyReject().reason());
        assertNull(Parsed.of(F, ARTICLE.replace("\"publication_year\": \"2020\",", "")).only().year());
    }

    @Test
    void neitherDoiNorTitle() {
        String a = ARTICLE.replace("\"doi\": \"10.1109/TVCG.2020.3030418\",", "").replace("\"title\": \"CNN Explainer\",", "");
        assertEquals(ReasonCode.NO_IDENTIFIER, Parsed.of(F, a).onlyReject().reason());
    }

    @Test
    void oversizedTitleAndTooManyAuthors() {
        String longTitle = ARTICLE.replace("CNN Explainer", "x".repeat(5000));
        assertEquals(ReasonCode.OVERSIZED, Parsed.of(F, longTitle).onlyReject().reason());
        StringBuilder authors = new StringBuilder();
        for (int i = 1; i <= 3001; i++) {
            authors.append(i > 1 ? "," : "").append("{\"full_name\": \"A").append(i).append("\", \"author_order\": ")
                    .append(i).append('}');
        }
        String many = "{\"title\": \"Big\", \"publication_year\": 2020, \"authors\": {\"authors\": [" + authors + "]}}";
        Reject r = Parsed.of(F, many).onlyReject();
        assertEquals(ReasonCode.OVERSIZED, r.reason());
        assertTrue(r.message().contains("3001 authors"), r.message());
    }

    @Test
    void brokenResponseKeepsTheRecordsBeforeTheBreak() {
        String text = "{\"articles\": [\n" + ARTICLE + ",\n" + ARTICLE.replace("9222000", "2") + ",\n{\"title\": ";
        Parsed p = Parsed.of(F, text);
        assertEquals(2, p.records().size());
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.TRUNCATED, r.reason());
        assertEquals("record 2 onwards", r.locator());
    }

    @Test
    void invalidUtf8InsideADocumentRejectsOnlyThatRecord() {
        byte[] good = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = ARTICLE.replace("CNN Explainer", "CNN XX").replace("9222000", "2")
                .getBytes(StandardCharsets.UTF_8);
        String s = new String(bad, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("XX");
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28; // an invalid two-byte sequence
        byte[] doc = concat("{\"articles\": [\n".getBytes(StandardCharsets.UTF_8), good, ",\n".getBytes(), bad,
                "]}\n".getBytes());
        Parsed p = Parsed.of(F, doc);
        assertEquals("9222000", p.records().get(0).sourceId());
        assertEquals(1, p.records().size());
        assertEquals(ReasonCode.INVALID_UTF8, p.rejects().get(0).reason());
    }

    @Test
    void emptyAndBlankFiles() {
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(F, "").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(F, "\n  \r\n").onlyReject().reason());
        assertTrue(Parsed.of(F, "{\"total_records\": 0, \"articles\": []}").records().isEmpty());
        assertTrue(Parsed.of(F, "{\"total_records\": 0, \"articles\": []}").rejects().isEmpty());
    }

    @Test
    void notJsonAtAll() {
        Reject r = Parsed.of(F, "<html><body>502 Bad Gateway</body></html>\n").onlyReject();
        assertEquals(ReasonCode.MALFORMED_JSON, r.reason());
        assertTrue(r.excerpt().contains("Bad Gateway"));
    }

    /** The real IEEE VIS data: 5,038 articles, 404 front matter without authors, 18,777 authors. */
    @Test
    void realIeeeXploreResponses() {
        Parsed p = Parsed.ofFiles(F, SharedData.files("ieee-xplore"), YearWindow.ALL);
        assertEquals(5038, p.records().size() + p.rejects().size());
        assertEquals(404, p.rejects().size());
        assertEquals(404, p.rejected(ReasonCode.NO_AUTHORS));
        assertEquals(4634, p.records().size());
        assertEquals(18777, p.records().stream().mapToInt(r -> r.authors().size()).sum());
        // 18,503 authors have an affiliation string (shared/data/README.md); 564 + 17*2 + 3 extra strings
        // come from authors with 2, 3 and 4 authorAffiliation entries (counted with python over the files).
        long withAffiliation = p.records().stream().flatMap(r -> r.authors().stream())
                .filter(a -> !a.affiliations().isEmpty()).count();
        assertEquals(18503, withAffiliation);
        assertEquals(5038, p.records().stream().map(SourceRecord::doi).distinct().count() + 404);
        Map<Integer, Integer> perYear = new TreeMap<>();
        p.records().forEach(r -> perYear.merge(r.year(), 1, Integer::sum));
        assertTrue(perYear.keySet().stream().allMatch(y -> y >= 1990 && y <= 2024), perYear.toString());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] b : parts) {
            n += b.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] b : parts) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        return out;
    }
}
