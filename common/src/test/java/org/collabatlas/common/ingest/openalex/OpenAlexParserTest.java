package org.collabatlas.common.ingest.openalex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

class OpenAlexParserTest {
    private static final SourceFormat F = SourceFormat.OPENALEX;

    private static final String RAW_TUM = "Chair of Communication Networks, Technical University of Munich, 80333 Munich, "
            + "Germany";
    private static final String RAW_AALTO = "Department of Information and Communications Engineering, Aalto University, "
            + "Espoo, Finland";

    // ---------------------------------------------------------------- valid input, exact values

    @Test
    void jsonLinesSnapshotParsesEveryWorkExactly() {
        Parsed p = Parsed.of(F, fixture("works.jsonl"));
        assertEquals(3, p.records().size(), () -> p.toString());
        assertW1(p.records().get(0), "line 1");
        assertW2(p.records().get(1), "line 2");
        assertW3(p.records().get(2), "line 3");

        Reject stub = p.rejects().get(0);
        assertEquals(1, p.rejects().size(), p::toString);
        assertEquals(ReasonCode.NO_IDENTIFIER, stub.reason());
        assertEquals("line 4", stub.locator());
        assertEquals("openalex", stub.source());
        assertTrue(stub.excerpt().contains("merge_into"), stub.excerpt());
    }

    @Test
    void gzippedSnapshotPartParsesLikePlainText() {
        Parsed p = Parsed.of(F, Parsed.gzip(fixture("works.jsonl")));
        assertEquals(3, p.records().size(), p::toString);
        assertW1(p.records().get(0), "line 1");
        assertW2(p.records().get(1), "line 2");
        assertW3(p.records().get(2), "line 3");
        assertEquals(1, p.rejected(ReasonCode.NO_IDENTIFIER));
    }

    @Test
    void prettyPrintedApiResponseParsesItsResults() {
        Parsed p = Parsed.of(F, fixture("api-response.json"));
        assertTrue(p.rejects().isEmpty(), p::toString);
        assertEquals(3, p.records().size());
        String text = new String(fixture("api-response.json"), StandardCharsets.UTF_8);
        int w2Line = lineOf(text, "\"id\": \"https://openalex.org/W3124567890\"");
        assertW1(p.records().get(0), "record 0 (line 10)");
        assertW2(p.records().get(1), "record 1 (line " + (w2Line - 1) + ")");
        assertEquals("record 2", p.records().get(2).locator().substring(0, 8));
        assertW3(p.records().get(2), p.records().get(2).locator());
    }

    @Test
    void jsonLinesOfApiResponsesAndTopLevelArrayWork() {
        String w1 = line(1);
        String w3 = line(3);
        Parsed p = Parsed.of(F, "{\"meta\":{\"count\":2},\"results\":[" + w1 + "," + w3 + "]}\n"
                + "{\"meta\":{\"count\":0},\"results\":[]}\n");
        assertEquals(2, p.records().size(), p::toString);
        assertTrue(p.rejects().isEmpty());
        assertW1(p.records().get(0), "line 1, record 0");
        assertW3(p.records().get(1), "line 1, record 1");

        Parsed array = Parsed.of(F, "[\n" + w1 + ",\n" + w3 + "\n]\n");
        assertEquals(2, array.records().size(), array::toString);
        assertW1(array.records().get(0), "record 0 (line 2)");
        assertW3(array.records().get(1), "record 1 (line 3)");
    }

    private static void assertW1(SourceRecord r, String locator) {
        assertEquals("openalex", r.source());
        assertEquals("test-file", r.sourceFile());
        assertEquals(locator, r.locator());
        assertEquals("https://openalex.org/W4385012345", r.sourceId());
        assertEquals("10.1109/tnet.2023.3281234", r.doi());
        assertEquals("Federated Edge Caching for 6G Vehicular Networks", r.title());
        assertEquals(2023, r.year());
        assertNull(r.yearText());
        assertEquals("IEEE/ACM Transactions on Networking", r.venue());
        assertEquals("article", r.contentType());
        assertEquals(List.of(
                new Keyword("Edge Caching", KeywordKind.OPENALEX_KEYWORD),
                new Keyword("Federated Learning", KeywordKind.OPENALEX_KEYWORD),
                new Keyword("Computer science", KeywordKind.OPENALEX_CONCEPT),
                new Keyword("Computer network", KeywordKind.OPENALEX_CONCEPT),
                new Keyword("Cache", KeywordKind.OPENALEX_CONCEPT)), r.keywords());
        assertEquals(List.of(
                new AuthorRecord(1, "Lena Hoffmann", "https://openalex.org/A5001111111", "0000-0002-1825-0097",
                        List.of(new AffiliationRecord(RAW_TUM, "DE", List.of("https://ror.org/02kkvpp62")))),
                new AuthorRecord(2, "Mikko Virtanen", "https://openalex.org/A5002222222", null, List.of(
                        new AffiliationRecord(RAW_AALTO, "FI", List.of("https://ror.org/020hwjq30")),
                        new AffiliationRecord("Nokia Bell Labs, Espoo, Finland", "FI",
                                List.of("https://ror.org/04mfx3d89")))),
                new AuthorRecord(3, "Wolfgang Kellerer", "https://openalex.org/A5003333333", "0000-0003-4358-8038",
                        List.of(new AffiliationRecord("Technical University of Munich, Munich, Germany", "DE",
                                List.of("https://ror.org/02kkvpp62"))))), r.authors());
        // the excerpt is the record as the file wrote it (whitespace kept), cut to ingest.limits.excerpt-chars
        assertTrue(r.excerpt().replace(" ", "").replace("\n", "").startsWith("{\"id\":\"https://openalex.org/W4385012345\""),
                r.excerpt());
    }

    private static void assertW2(SourceRecord r, String locator) {
        assertEquals(locator, r.locator());
        assertEquals("https://openalex.org/W3124567890", r.sourceId());
        assertEquals("10.1145/3442381.3449999", r.doi());
        assertEquals("Privacy-Preserving Recommendation with Secure Aggregation", r.title());
        assertEquals(2021, r.year());
        assertEquals("Proceedings of the Web Conference 2021", r.venue());
        assertEquals("proceedings-article", r.contentType());
        assertEquals(List.of(new Keyword("Computer science", KeywordKind.OPENALEX_CONCEPT)), r.keywords());
        // only institutions[]: one affiliation per institution, raw = its display_name
        assertEquals(List.of(
                new AuthorRecord(1, "Wei Zhang", "https://openalex.org/A5004444444", null, List.of(
                        new AffiliationRecord("Tsinghua University", "CN", List.of("https://ror.org/03cve4549")))),
                new AuthorRecord(2, "Sarah O'Connor", "https://openalex.org/A5005555555", null, List.of(
                        new AffiliationRecord("University of Michigan–Ann Arbor", "US",
                                List.of("https://ror.org/00jmfr291")),
                        new AffiliationRecord("Microsoft Research (United Kingdom)", "GB", List.of())))),
                r.authors());
    }

    private static void assertW3(SourceRecord r, String locator) {
        assertEquals(locator, r.locator());
        assertEquals("https://openalex.org/W2741809807", r.sourceId());
        assertEquals("10.7717/peerj.4375", r.doi());
        assertEquals("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles",
                r.title(), "title null falls back to display_name");
        assertEquals(2018, r.year());
        assertEquals("PeerJ", r.venue(), "host_venue of older dumps");
        assertEquals("journal-article", r.contentType());
        assertEquals(List.of(new Keyword("open access", KeywordKind.OPENALEX_KEYWORD),
                new Keyword("altmetrics", KeywordKind.OPENALEX_KEYWORD)), r.keywords());
        assertEquals(List.of(
                new AuthorRecord(1, "Heather Piwowar", "https://openalex.org/A1969205032", "0000-0003-1613-5981",
                        List.of(new AffiliationRecord("Impactstory, Sanford, NC, USA", "US",
                                List.of("https://ror.org/026vtvm28")))),
                new AuthorRecord(2, "Juan Pablo Alperin", "https://openalex.org/A2798520857", null, List.of(
                        new AffiliationRecord("Scholarly Communications Lab, Simon Fraser University, Vancouver, "
                                + "Canada", "CA", List.of())))), r.authors());
    }

    // ---------------------------------------------------------------- affiliation rules in isolation

    @Test
    void unlinkedRawStringsGetNoInstitutionsAndNoCountryWhenSeveral() {
        String work = "{\"id\":\"https://openalex.org/W1\",\"title\":\"T\",\"publication_year\":2020,"
                + "\"authorships\":[{\"author\":{\"display_name\":\"A B\"},"
                + "\"raw_affiliation_strings\":[\"Uni X, Oslo, Norway\",\"Lab Y, Lund, Sweden\",\"Uni X, Oslo, Norway\"],"
                + "\"countries\":[\"NO\",\"SE\"],"
                + "\"institutions\":[{\"id\":\"https://openalex.org/I1\",\"display_name\":\"Uni X\","
                + "\"ror\":\"https://ror.org/01xtthb56\",\"country_code\":\"NO\"}]}]}";
        AuthorRecord a = Parsed.of(F, work).only().authors().get(0);
        assertEquals(List.of(new AffiliationRecord("Uni X, Oslo, Norway", null, List.of()),
                new AffiliationRecord("Lab Y, Lund, Sweden", null, List.of())), a.affiliations());
    }

    @Test
    void affiliationsArrayAloneSuppliesRawStringsAndLinks() {
        String work = "{\"id\":\"https://openalex.org/W2\",\"title\":\"T\",\"authorships\":[{"
                + "\"raw_author_name\":\"C D\",\"countries\":[\"JP\"],"
                + "\"affiliations\":[{\"raw_affiliation_string\":\"Univ. of Tokyo, Japan\","
                + "\"institution_ids\":[\"https://openalex.org/I74801974\",\"https://openalex.org/I999\"]}],"
                + "\"institutions\":[{\"id\":\"https://openalex.org/I74801974\",\"display_name\":\"The University of "
                + "Tokyo\",\"ror\":\"057ZH3Y96\",\"country_code\":\"jp\"}]}]}";
        AuthorRecord a = Parsed.of(F, work).only().authors().get(0);
        assertEquals("C D", a.name());
        assertNull(a.sourceAuthorId());
        assertEquals(List.of(new AffiliationRecord("Univ. of Tokyo, Japan", "JP",
                List.of("https://ror.org/057zh3y96"))), a.affiliations());
    }

    @Test
    void authorshipWithoutAnyAffiliationHasNone() {
        String work = "{\"id\":\"https://openalex.org/W3\",\"doi\":\"https://doi.org/10.1000/XYZ\","
                + "\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A1\",\"display_name\":\"E F\"},"
                + "\"institutions\":[],\"countries\":[],\"raw_affiliation_strings\":[]}]}";
        SourceRecord r = Parsed.of(F, work).only();
        assertEquals("10.1000/xyz", r.doi());
        assertNull(r.title());
        assertNull(r.year());
        assertNull(r.venue());
        assertEquals(List.of(new AuthorRecord(1, "E F", "https://openalex.org/A1", null, List.of())), r.authors());
    }

    @Test
    void rorIdsAreStoredInFullUrlForm() {
        assertEquals("https://ror.org/03vek6s52", OpenAlexParser.ror("https://ror.org/03vek6s52"));
        assertEquals("https://ror.org/03vek6s52", OpenAlexParser.ror("03vek6s52"));
        assertNull(OpenAlexParser.ror(null));
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void malformedLineAmongGoodLinesRejectsOnlyThatLine() {
        String text = line(1) + "\n{\"id\": \"https://openalex.org/W5\", \"title\": \"Broken\" \"doi\": null}\n"
                + line(3) + "\n";
        Parsed p = Parsed.of(F, text);
        assertEquals(2, p.records().size(), p::toString);
        assertW1(p.records().get(0), "line 1");
        assertW3(p.records().get(1), "line 3");
        assertEquals(1, p.rejects().size(), p::toString);
        assertEquals(ReasonCode.MALFORMED_JSON, p.rejects().get(0).reason());
        assertEquals("line 2", p.rejects().get(0).locator());
        assertTrue(p.rejects().get(0).excerpt().contains("Broken"));
    }

    @Test
    void brokenFirstLineRejectsOnlyThatLine() {
        Parsed p = Parsed.of(F, "{\"id\": \"https://openalex.org/W5\", \"title\": \"Broken\" \"doi\": null}\n\n"
                + line(1) + "\n" + line(3) + "\n");
        assertEquals(2, p.records().size(), p::toString);
        assertW1(p.records().get(0), "line 3");
        assertW3(p.records().get(1), "line 4");
        assertEquals(ReasonCode.MALFORMED_JSON, p.rejects().get(0).reason());
        assertEquals("line 1", p.rejects().get(0).locator());
        assertEquals(1, p.rejects().size(), p::toString);

        Parsed cut = Parsed.of(F, line(2).substring(0, 100) + "\n" + line(1) + "\n");
        assertEquals(1, cut.records().size(), cut::toString);
        assertW1(cut.records().get(0), "line 2");
        assertEquals("line 1", cut.rejects().get(0).locator());
        assertEquals(1, cut.rejects().size(), cut::toString);
    }

    @Test
    void compactEnvelopeSplitOverLinesIsStillOneDocument() {
        Parsed p = Parsed.of(F, "{\"meta\": {\"count\": 2}, \"results\": [\n" + line(1) + ",\n" + line(3)
                + "\n]}\n");
        assertTrue(p.rejects().isEmpty(), p::toString);
        assertEquals(2, p.records().size());
        assertW1(p.records().get(0), "record 0 (line 2)");
        assertW3(p.records().get(1), "record 1 (line 3)");
    }

    @Test
    void invalidUtf8InOneLineRejectsOnlyThatLine() {
        byte[] good1 = (line(1) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = (line(2) + "\n").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bad, "Privacy".getBytes(StandardCharsets.UTF_8));
        bad[at] = (byte) 0xC3; // a lead byte followed by 'r': not UTF-8
        bad[at + 2] = (byte) 0xFF;
        byte[] good3 = (line(3) + "\n").getBytes(StandardCharsets.UTF_8);
        Parsed p = Parsed.of(F, concat(good1, bad, good3));
        assertEquals(2, p.records().size(), p::toString);
        assertW1(p.records().get(0), "line 1");
        assertW3(p.records().get(1), "line 3");
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.INVALID_UTF8, r.reason());
        assertEquals("line 2", r.locator());
    }

    @Test
    void wrongTypesAreRejected() {
        Parsed p = Parsed.of(F, String.join("\n",
                "{\"id\":\"https://openalex.org/W6\",\"title\":\"T\",\"authorships\":\"Jane Doe\"}",
                "{\"id\":\"https://openalex.org/W7\",\"title\":\"T\",\"authorships\":[\"Jane Doe\"]}",
                "{\"id\":\"https://openalex.org/W8\",\"title\":\"T\",\"primary_location\":{\"source\":\"Nature\"},"
                        + "\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}",
                "{\"id\":\"https://openalex.org/W9\",\"title\":{\"en\":\"T\"},"
                        + "\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}",
                "{\"id\":\"https://openalex.org/W10\",\"title\":\"T\",\"concepts\":[\"Computer science\"],"
                        + "\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}",
                "{\"id\":\"https://openalex.org/W11\",\"title\":\"T\",\"authorships\":[{\"author\":\"J D\"}]}",
                "[1, 2]",
                "{\"id\":\"https://openalex.org/W12\",\"title\":\"T\",\"publication_year\":\"20x9\","
                        + "\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}",
                line(3)));
        assertEquals(1, p.records().size(), p::toString);
        assertEquals("line 9", p.records().get(0).locator());
        // "<locator> <reason> <word the message names>"; null: the message is not checked
        List<String> expected = List.of("line 1 wrong_type authorships", "line 2 wrong_type authorships[]",
                "line 3 wrong_type source", "line 4 wrong_type title", "line 5 wrong_type concepts[]",
                "line 6 wrong_type author", "line 7, record 0 wrong_type null", "line 7, record 1 wrong_type null",
                "line 8 invalid_year 20x9");
        assertEquals(expected.size(), p.rejects().size(), p::toString);
        for (int i = 0; i < expected.size(); i++) {
            Reject r = p.rejects().get(i);
            assertTrue(expected.get(i).startsWith(r.locator() + " " + r.reason().code()),
                    "unit " + i + ": " + r + " vs " + expected.get(i));
            String field = expected.get(i).substring(expected.get(i).lastIndexOf(' ') + 1);
            if (!field.equals("null")) {
                assertTrue(r.message().contains(field), r.message() + " should mention " + field);
            }
        }
    }

    @Test
    void emptyFilesAreOneReject() {
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(F, "").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(F, "\n  \n\t\n").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(F, Parsed.gzip(new byte[0])).onlyReject().reason());
    }

    @Test
    void workWithoutAuthorsIsRejected() {
        Parsed p = Parsed.of(F, "{\"id\":\"https://openalex.org/W13\",\"title\":\"Front matter\","
                + "\"publication_year\":2022,\"authorships\":[]}\n"
                + "{\"id\":\"https://openalex.org/W14\",\"doi\":\"https://doi.org/10.1000/1\"}\n");
        assertTrue(p.records().isEmpty());
        assertEquals(List.of(ReasonCode.NO_AUTHORS, ReasonCode.NO_AUTHORS),
                p.rejects().stream().map(Reject::reason).toList());
        assertEquals("line 2", p.rejects().get(1).locator());
    }

    @Test
    void workWithNeitherDoiNorTitleIsRejected() {
        Reject r = Parsed.of(F, "{\"id\":\"https://openalex.org/W15\",\"doi\":null,\"title\":null,"
                + "\"display_name\":null,\"publication_year\":2020,"
                + "\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}").onlyReject();
        assertEquals(ReasonCode.NO_IDENTIFIER, r.reason());
        // a DOI that is not shaped like one does not count as an identifier either
        assertEquals(ReasonCode.NO_IDENTIFIER, Parsed.of(F, "{\"id\":\"https://openalex.org/W16\","
                + "\"doi\":\"https://doi.org/\",\"authorships\":[{\"author\":{\"display_name\":\"J D\"}}]}")
                .onlyReject().reason());
    }

    @Test
    void truncatedApiResponseKeepsTheRecordsBeforeTheBreak() {
        String text = new String(fixture("api-response.json"), StandardCharsets.UTF_8);
        int w3 = text.indexOf("\"id\": \"https://openalex.org/W2741809807\"");
        // cut between two fields of the third work: the parser meets the end of the input
        Parsed p = Parsed.of(F, text.substring(0, text.indexOf(',', w3) + 1));
        assertEquals(2, p.records().size(), p::toString);
        assertW1(p.records().get(0), "record 0 (line 10)");
        assertW2(p.records().get(1), p.records().get(1).locator());
        assertEquals(1, p.rejects().size(), p::toString);
        Reject r = p.rejects().get(0);
        assertEquals(ReasonCode.TRUNCATED, r.reason());
        assertEquals("record 2 onwards", r.locator());

        // cut inside a string: the reassembled document ends the string with a line break, which JSON forbids
        Parsed q = Parsed.of(F, text.substring(0, w3 + 30));
        assertEquals(2, q.records().size(), q::toString);
        assertEquals(1, q.rejects().size(), q::toString);
        assertTrue(q.rejects().get(0).reason() == ReasonCode.TRUNCATED
                || q.rejects().get(0).reason() == ReasonCode.MALFORMED_JSON, q::toString);
        assertEquals("record 2 onwards", q.rejects().get(0).locator());
    }

    @Test
    void truncatedTopLevelArrayNamesTheFirstLostRecord() {
        Parsed p = Parsed.of(F, "[\n" + line(1) + ",\n" + line(3).substring(0, line(3).indexOf(", \"doi\"") + 1) + "\n");
        assertEquals(1, p.records().size(), p::toString);
        assertW1(p.records().get(0), "record 0 (line 2)");
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size(), p::toString);
        assertEquals(ReasonCode.TRUNCATED, r.reason());
        assertEquals("record 1 onwards", r.locator());
    }

    @Test
    void brokenApiResponseKeepsTheRecordsBeforeTheError() {
        String text = new String(fixture("api-response.json"), StandardCharsets.UTF_8);
        int at = text.indexOf("\"display_name\": \"PeerJ\"");
        Parsed p = Parsed.of(F, text.substring(0, at) + "\"display_name\" \"PeerJ\"" + text.substring(at + 23));
        assertEquals(2, p.records().size(), p::toString);
        assertEquals(1, p.rejects().size(), p::toString);
        assertEquals(ReasonCode.MALFORMED_JSON, p.rejects().get(0).reason());
        assertEquals("record 2 onwards", p.rejects().get(0).locator());
    }

    @Test
    void truncatedGzipKeepsEarlierRecords() {
        byte[] gz = Parsed.gzip(fixture("works.jsonl"));
        Parsed p = Parsed.of(F, Arrays.copyOf(gz, gz.length - 12)); // only the trailer and a few bytes lost
        assertEquals(1, p.rejected(ReasonCode.TRUNCATED), p::toString);
        assertEquals(3, p.records().size(), p::toString);
        assertW1(p.records().get(0), "line 1");
    }

    @Test
    void truncatedLargeGzipKeepsEveryRecordBeforeTheBreak() {
        StringBuilder sb = new StringBuilder();
        String w1 = line(1);
        int n = 3000;
        for (int i = 0; i < n; i++) {
            sb.append(w1.replace("W4385012345", "W" + (1_000_000 + i))).append('\n');
        }
        byte[] gz = Parsed.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Parsed p = Parsed.of(F, Arrays.copyOf(gz, gz.length / 2));
        assertEquals(1, p.rejects().size(), p::toString);
        Reject r = p.rejects().get(0);
        assertEquals(ReasonCode.TRUNCATED, r.reason());
        int kept = p.records().size();
        assertTrue(kept > n / 3 && kept < n, "kept " + kept);
        for (int i = 0; i < kept; i++) {
            assertEquals("https://openalex.org/W" + (1_000_000 + i), p.records().get(i).sourceId());
        }
        // every fully decompressed line is kept: at most the line cut by the break is lost
        int decompressed = decompressedLines(Arrays.copyOf(gz, gz.length / 2));
        assertEquals(decompressed, kept, "records before the break");
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] fixture(String name) {
        try (InputStream in = OpenAlexParserTest.class.getResourceAsStream("/openalex/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code n} (1-based) of works.jsonl. */
    private static String line(int n) {
        return new String(fixture("works.jsonl"), StandardCharsets.UTF_8).split("\n")[n - 1];
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Complete lines a plain GZIPInputStream yields from a truncated stream before it fails. */
    private static int decompressedLines(byte[] truncatedGzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(truncatedGzip))) {
            byte[] buf = new byte[1];
            while (in.read(buf) > 0) {
                out.write(buf[0]);
            }
        } catch (IOException expected) {
            // the stream is truncated on purpose; keep what came out before the failure
        }
        byte[] b = out.toByteArray();
        int lines = 0;
        for (byte x : b) {
            if (x == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
