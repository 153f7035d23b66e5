package org.collabatlas.common.ingest.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

class WosTabParserTest {
    static final List<String> TAGS = List.of("PT", "AU", "AF", "TI", "SO", "DE", "ID", "C1", "C3", "RP", "OI", "DT",
            "PY", "DI", "UT");
    static final String HEADER = String.join("\t", TAGS);

    /** One tab-delimited line with the given tags set and every other column empty. */
    static String line(Map<String, String> values) {
        String[] cells = new String[TAGS.size()];
        Arrays.fill(cells, "");
        values.forEach((k, v) -> cells[TAGS.indexOf(k)] = v);
        return String.join("\t", cells);
    }

    static String file(String... lines) {
        return HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    static final String PAPER = line(Map.of("PT", "J", "AU", "Luo, ZQ; Li, WM; Bian, LJ",
            "AF", "Luo, Zhiqing; Li, Weiming; Bian, Luanjian", "TI", "Backscatter localization", "SO", "IEEE IOT J",
            "PY", "2024", "DI", "10.1109/JIOT.2024.3468428", "UT", "WOS:001395617300004"));

    @Test
    void readsScalarFieldsAndKeywords() {
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("PT", "J", "AF", "Doe, Jane",
                "TI", "A  title", "SO", "SENSORS", "DT", "Article; Proceedings Paper", "PY", "2019",
                "DI", "https://doi.org/10.3390/S19010001", "UT", "WOS:000455000100001",
                "DE", "Bluetooth low energy (BLE); indoor localization", "ID", "LOCALIZATION; SYSTEM")))).only();
        assertEquals("wos", r.source());
        assertEquals("line 2", r.locator());
        assertEquals("WOS:000455000100001", r.sourceId());
        assertEquals("10.3390/s19010001", r.doi());
        assertEquals("A title", r.title());
        assertEquals(2019, r.year());
        assertNull(r.yearText());
        assertEquals("SENSORS", r.venue());
        assertEquals("Article; Proceedings Paper", r.contentType());
        assertEquals(List.of(new Keyword("Bluetooth low energy (BLE)", KeywordKind.AUTHOR),
                new Keyword("indoor localization", KeywordKind.AUTHOR), new Keyword("LOCALIZATION", KeywordKind.INDEX),
                new Keyword("SYSTEM", KeywordKind.INDEX)), r.keywords());
        assertEquals(List.of(new AuthorRecord(1, "Doe, Jane", null, null, List.of())), r.authors());
    }

    @Test
    void contentTypeFallsBackToPublicationType() {
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("PT", "J", "AF", "Doe, Jane", "TI", "T",
                "UT", "WOS:1")))).only();
        assertEquals("J", r.contentType());
    }

    @Test
    void bracketedAddressesGoToTheirAuthorsInC1Order() {
        String c1 = "[Luo, Zhiqing; Li, Weiming] Huazhong Univ Sci & Technol, Sch Elect Informat & Commun, "
                + "Wuhan 430074, Peoples R China; [Bian, Luanjian] ZTE Corp, Algorithm Dept, Shenzhen 518057, "
                + "Peoples R China; [Li, Weiming] Univ Michigan, Dept EECS, Ann Arbor, MI 48109 USA; "
                + "[Li, Weiming] Georgia Inst Technol, Atlanta, GA USA";
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("AF", "Luo, Zhiqing; Li, Weiming; Bian, Luanjian",
                "TI", "T", "C1", c1, "C3", "Huazhong University of Science & Technology",
                "RP", "Luo, ZQ (corresponding author), Somewhere, Else, France.")))).only();
        AffiliationRecord hust = AffiliationRecord.of("Huazhong Univ Sci & Technol, Sch Elect Informat & Commun, "
                + "Wuhan 430074, Peoples R China", "Peoples R China");
        assertEquals(List.of(hust), r.authors().get(0).affiliations());
        assertEquals(List.of(hust, AffiliationRecord.of("Univ Michigan, Dept EECS, Ann Arbor, MI 48109 USA", "USA"),
                AffiliationRecord.of("Georgia Inst Technol, Atlanta, GA USA", "USA")),
                r.authors().get(1).affiliations());
        assertEquals(List.of(AffiliationRecord.of("ZTE Corp, Algorithm Dept, Shenzhen 518057, Peoples R China",
                "Peoples R China")), r.authors().get(2).affiliations());
        assertEquals(List.of(1, 2, 3), r.authors().stream().map(AuthorRecord::position).toList());
    }

    @Test
    void authorWithoutAddressHasNoAffiliationAndNamesMatchUpToAccents() {
        String c1 = "[Ferrero Lopez, Alberto] Univ Alicante, Alicante 03690, Spain";
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("AF", "Ferrero-López, Alberto; Gallego, Antonio",
                "TI", "T", "C1", c1,
                "OI", "Ferrero López, Alberto/0009-0009-2071-7192; Gallego, Antonio/0000-0003-3148-6886")))).only();
        assertEquals(List.of(AffiliationRecord.of("Univ Alicante, Alicante 03690, Spain", "Spain")),
                r.authors().get(0).affiliations());
        assertEquals("0009-0009-2071-7192", r.authors().get(0).orcid());
        assertEquals(List.of(), r.authors().get(1).affiliations());
        assertEquals("0000-0003-3148-6886", r.authors().get(1).orcid());
    }

    @Test
    void unbracketedAddressesBelongToEveryAuthor() {
        String c1 = "Univ Belgrade, Sch Elect Engn, Belgrade 11001, Serbia; Vital Connect Inc, Campbell, CA 95008 USA";
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("AU", "Grkovic, SB; Omre, AH", "TI", "T",
                "C1", c1)))).only();
        List<AffiliationRecord> both = List.of(
                AffiliationRecord.of("Univ Belgrade, Sch Elect Engn, Belgrade 11001, Serbia", "Serbia"),
                AffiliationRecord.of("Vital Connect Inc, Campbell, CA 95008 USA", "USA"));
        assertEquals("Grkovic, SB", r.authors().get(0).name());
        assertEquals(both, r.authors().get(0).affiliations());
        assertEquals(both, r.authors().get(1).affiliations());
    }

    @Test
    void anUnbracketedAddressAfterBracketedOnesBelongsToEveryAuthor() {
        // WOS:000552238603029: "[Park, Eunjeong] Seoul ..., South Korea; Seoul Natl Univ, INMC, Seoul, South Korea"
        String c1 = "[Park, Eunjeong] Seoul Natl Univ, Dept Elect & Comp Engn, Seoul, South Korea; "
                + "Seoul Natl Univ, INMC, Seoul, South Korea";
        SourceRecord r = Parsed.of(SourceFormat.WOS, file(line(Map.of("AF", "Park, Eunjeong; Bahk, Saewoong",
                "TI", "T", "C1", c1)))).only();
        AffiliationRecord inmc = AffiliationRecord.of("Seoul Natl Univ, INMC, Seoul, South Korea", "South Korea");
        assertEquals(List.of(AffiliationRecord.of("Seoul Natl Univ, Dept Elect & Comp Engn, Seoul, South Korea",
                "South Korea"), inmc), r.authors().get(0).affiliations());
        assertEquals(List.of(inmc), r.authors().get(1).affiliations());
    }

    @Test
    void countryIsTheLastPartOfTheAddress() {
        assertEquals("USA", WosAddresses.country("Univ Michigan, Ann Arbor, MI 48109 USA"));
        assertEquals("USA", WosAddresses.country("Texas Instruments Inc, Dallas, TX USA"));
        assertEquals("USA", WosAddresses.country("Univ Puerto Rico, Mayaguez, PR 00680 USA"));
        assertEquals("Peoples R China", WosAddresses.country("Tsinghua Univ, Beijing 100084, Peoples R China"));
        assertEquals("England", WosAddresses.country("Univ Reading, Reading, Berks, England."));
        assertEquals("Bosnia & Herceg", WosAddresses.country("Univ Sarajevo, Sarajevo, Bosnia & Herceg"));
        assertEquals("Norway", WosAddresses.country("Norway"));
    }

    @Test
    void bomAndCrlfAreHandled() {
        String text = "\uFEFF" + HEADER + "\r\n" + PAPER + "\r\n\r\n" + PAPER.replace("WOS:001395617300004", "WOS:2")
                + "\r\n";
        Parsed p = Parsed.of(SourceFormat.WOS, text);
        assertEquals(List.of(), p.rejects());
        assertEquals(List.of("WOS:001395617300004", "WOS:2"), p.records().stream().map(SourceRecord::sourceId).toList());
        assertEquals(List.of("line 2", "line 4"), p.records().stream().map(SourceRecord::locator).toList());
        assertEquals("WOS:2", p.records().get(1).sourceId()); // no trailing \r in the last column
    }

    @Test
    void eachFileHasItsOwnHeaderAndColumnOrder() {
        String text = "UT\tTI\tAF\tPY\n" + "WOS:9\tReordered\tDoe, J\t2020\t\t\n";
        SourceRecord r = Parsed.of(SourceFormat.WOS, text).only();
        assertEquals("WOS:9", r.sourceId());
        assertEquals("Reordered", r.title());
        assertEquals(2020, r.year());
    }

    @Test
    void wrongColumnCountIsAMalformedRow() {
        String shortLine = "J\tDoe, J\tDoe, Jane\tCut short";
        String longLine = PAPER + "\tunexpected";
        Parsed p = Parsed.of(SourceFormat.WOS, file(PAPER, shortLine, longLine, PAPER));
        assertEquals(2, p.records().size());
        assertEquals(List.of("line 3", "line 4"), p.rejects().stream().map(Reject::locator).toList());
        assertTrue(p.rejects().stream().allMatch(r -> r.reason() == ReasonCode.MALFORMED_ROW));
        assertTrue(p.rejects().get(0).excerpt().startsWith("J\tDoe, J"));
    }

    @Test
    void emptyAndHeaderOnlyFilesAreEmptyFile() {
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(SourceFormat.WOS, "").onlyReject().reason());
        assertEquals(ReasonCode.EMPTY_FILE, Parsed.of(SourceFormat.WOS, "\uFEFF\r\n  \r\n").onlyReject().reason());
        Reject r = Parsed.of(SourceFormat.WOS, "\uFEFF" + HEADER + "\r\n\r\n").onlyReject();
        assertEquals(ReasonCode.EMPTY_FILE, r.reason());
        assertEquals("file", r.locator());
    }

    @Test
    void invalidUtf8LineIsRejectedAndTheOthersKept() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(file(PAPER).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(PAPER.replace("Backscatter", "Back\u0001scatter").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
            }
        }
        out.reset();
        out.writeBytes(bytes);
        out.writeBytes(("\n" + PAPER + "\n").getBytes(StandardCharsets.UTF_8));
        Parsed p = Parsed.of(SourceFormat.WOS, out.toByteArray());
        assertEquals(2, p.records().size());
        Reject r = p.rejects().get(0);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.INVALID_UTF8, r.reason());
        assertEquals("line 3", r.locator());
    }

    @Test
    void oversizedLineIsRejected() {
        var limits = new org.collabatlas.common.ingest.Limits(400, 1L << 20, 4000, 20000, 3000, 1900, 2035, 100);
        String big = PAPER.replace("Backscatter localization", "x".repeat(500));
        Parsed p = Parsed.of(SourceFormat.WOS, file(PAPER, big, PAPER).getBytes(StandardCharsets.UTF_8), limits,
                org.collabatlas.common.ingest.YearWindow.ALL);
        assertEquals(2, p.records().size());
        assertEquals(ReasonCode.OVERSIZED, p.rejects().get(0).reason());
        assertEquals("line 3", p.rejects().get(0).locator());
    }

    @Test
    void nonNumericYearIsInvalidYear() {
        Reject r = Parsed.of(SourceFormat.WOS, file(PAPER.replace("\t2024\t", "\tin press\t"))).onlyReject();
        assertEquals(ReasonCode.INVALID_YEAR, r.reason());
        assertEquals("line 2", r.locator());
    }

    @Test
    void noDoiNoTitleIsNoIdentifierAndNoAuthorsIsNoAuthors() {
        String anonymous = line(Map.of("TI", "Inside Bluetooth Low Energy Preface", "UT", "WOS:000317242000001",
                "PY", "2013"));
        String unnamed = line(Map.of("AF", "Doe, Jane", "PY", "2013", "UT", "WOS:3"));
        Parsed p = Parsed.of(SourceFormat.WOS, file(anonymous, unnamed));
        assertEquals(List.of(ReasonCode.NO_AUTHORS, ReasonCode.NO_IDENTIFIER),
                p.rejects().stream().map(Reject::reason).toList());
        assertEquals(List.of(), p.records());
    }

    @Test
    void gzipAndTruncatedGzip() {
        StringBuilder many = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 2000; i++) {
            many.append(PAPER.replace("WOS:001395617300004", "WOS:" + i)).append('\n');
        }
        byte[] gz = Parsed.gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(2000, Parsed.of(SourceFormat.WOS, gz).records().size());
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        Parsed p = Parsed.of(SourceFormat.WOS, cut);
        assertTrue(p.records().size() > 100 && p.records().size() < 2000, "kept " + p.records().size());
        assertEquals("WOS:0", p.records().get(0).sourceId());
        assertEquals(ReasonCode.TRUNCATED, p.rejects().get(0).reason());
        assertEquals(1, p.rejects().size(), p.rejects().toString());
    }
}
