package org.collabatlas.common.ingest.acm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

class AcmDlParserTest {
    private static final SourceFormat F = SourceFormat.ACM_DL;

    static final String PAPER = "{\"doi\": \"10.1145/2702123.2702456\", \"title\": \"Crafting Across Boundaries\", "
            + "\"published\": \"2015-04-18\", \"proctitle\": \"CHI '15\", \"year\": 2015, "
            + "\"tags\": [\"handwork\", \"material\"], \"authors\": ["
            + "{\"name\": \"Daniela K. Rosner\", \"institution\": \"University of California, Berkeley, USA\", "
            + "\"acmid\": \"81100\", \"orcid\": \"0000-0001-9448-914X\"},"
            + "{\"name\": \"Alex S. Taylor\", \"institution\": \"\", \"acmid\": \"81200\", \"orcid\": \"missing\"}]}";

    @Test
    void readsAPaper() {
        SourceRecord r = Parsed.of(F, PAPER + "\n").only();
        assertEquals("acm-dl", r.source());
        assertEquals("10.1145/2702123.2702456", r.doi());
        assertEquals("10.1145/2702123.2702456", r.sourceId());
        assertEquals(2015, r.year());
        assertEquals("CHI '15", r.venue());
        assertEquals(List.of(new Keyword("handwork", KeywordKind.AUTHOR), new Keyword("material", KeywordKind.AUTHOR)),
                r.keywords());
        AuthorRecord a = r.authors().get(0);
        assertEquals("Daniela K. Rosner", a.name());
        assertEquals("81100", a.sourceAuthorId());
        assertEquals("0000-0001-9448-914X", a.orcid());
        assertEquals("University of California, Berkeley, USA", a.affiliations().get(0).raw());
        AuthorRecord b = r.authors().get(1);
        assertNull(b.orcid(), "'missing' is no ORCID");
        assertEquals(List.of(), b.affiliations(), "a blank institution is no affiliation");
        assertEquals(2, b.position());
    }

    @Test
    void onePrettyPrintedPaperPerFile() {
        String pretty = PAPER.replace(", \"", ",\n  \"");
        SourceRecord r = Parsed.of(F, pretty).only();
        assertEquals("record 0 (line 1)", r.locator());
        assertEquals(2, r.authors().size());
    }

    @Test
    void yearFromPublishedDateWhenYearIsMissing() {
        SourceRecord r = Parsed.of(F, PAPER.replace("\"year\": 2015, ", "")).only();
        assertEquals(2015, r.year());
    }

    @Test
    void badLinesAreRejectedOneByOne() {
        byte[] bad = (PAPER.replace("Crafting", "Cr\u00e9ting") + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length - 1; i++) {
            if ((bad[i] & 0xFF) == 0xC3) {
                bad[i + 1] = 0x28;
            }
        }
        String good = PAPER + "\n"; // line 2 below ends inside the object: truncated
        byte[] all = (good + "{\"doi\": \"10.1/x\", \"title\": \n" + "[1,2]\n" + "{\"title\": \"No authors\", "
                + "\"year\": 2019, \"authors\": []}\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[all.length + bad.length];
        System.arraycopy(all, 0, file, 0, all.length);
        System.arraycopy(bad, 0, file, all.length, bad.length);
        Parsed p = Parsed.of(F, file);
        assertEquals(1, p.records().size());
        assertEquals(List.of("line 2", "line 3, record 0", "line 3, record 1", "line 4", "line 5"),
                p.rejects().stream().map(r -> r.locator()).toList());
        assertEquals(List.of(ReasonCode.TRUNCATED, ReasonCode.WRONG_TYPE, ReasonCode.WRONG_TYPE,
                ReasonCode.NO_AUTHORS, ReasonCode.INVALID_UTF8), p.rejects().stream().map(r -> r.reason()).toList());
    }

    @Test
    void truncatedGzipKeepsEarlierRecords() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(PAPER.replace("2702456", "x" + i)).append('\n');
        }
        byte[] gz = Parsed.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        Parsed p = Parsed.of(F, cut);
        assertEquals(1, p.rejects().size());
        assertEquals(ReasonCode.TRUNCATED, p.rejects().get(0).reason());
        // every record before the break survives, and none after it is invented
        org.junit.jupiter.api.Assertions.assertTrue(p.records().size() > 100 && p.records().size() < 2000,
                "records kept: " + p.records().size());
        for (int i = 0; i < p.records().size(); i++) {
            assertEquals("10.1145/2702123.x" + i, p.records().get(i).doi());
        }
    }

    /** The real CHI data: 10,341 papers, 41,662 authorships, every one with an institution string. */
    @Test
    void realAcmDl() {
        Parsed p = Parsed.ofFiles(F, SharedData.files("acm-dl"), YearWindow.ALL);
        assertEquals(List.of(), p.rejects());
        assertEquals(10341, p.records().size());
        assertEquals(41662, p.records().stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(41662, p.records().stream().flatMap(r -> r.authors().stream())
                .filter(a -> a.affiliations().size() == 1).count());
        assertEquals(10341, p.records().stream().map(SourceRecord::doi).distinct().count());
        // 13,722 authors carry a real ORCID, the rest "missing" (counted with python over the file)
        assertEquals(13722, p.records().stream().flatMap(r -> r.authors().stream()).filter(a -> a.orcid() != null)
                .count());
    }
}
