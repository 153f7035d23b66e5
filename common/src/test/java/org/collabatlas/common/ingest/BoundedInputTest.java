package org.collabatlas.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Memory per record is bounded by {@code ingest.limits}: a line or record beyond {@code max-record-bytes} is
 * rejected as {@code oversized} without being held whole, and reading goes on with the next one. The proof for
 * JSON Lines: a single 2.2 GB line (more than a Java array can hold) is skipped and the record after it is read.
 */
class BoundedInputTest {
    private static final String GOOD = "{\"doi\":\"10.1145/1\",\"title\":\"After the giant\",\"year\":2019,"
            + "\"authors\":[{\"name\":\"Anna Berg\"}]}\n";

    /** {@code n} bytes of {@code fill}, generated as they are read (never in memory). */
    static InputStream generated(long n, byte fill) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? fill : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, fill);
                left -= k;
                return k;
            }
        };
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(parts)));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ParseOutput> parse(SourceFormat f, Limits limits, InputStream in) {
        List<ParseOutput> out = new ArrayList<>();
        new FileParser(f, limits, YearWindow.ALL).parse("giant", in, out::add);
        return out;
    }

    @Test
    void aJsonLineLargerThanAnyArrayIsSkippedNotLoaded() {
        long giant = 2_200_000_000L;
        List<ParseOutput> out = parse(SourceFormat.ACM_DL, Limits.defaults(), concat(text(GOOD),
                text("{\"title\":\""), generated(giant, (byte) 'x'), text("\"}\n"), text(GOOD.replace("/1", "/2"))));
        assertEquals(3, out.size(), out.toString());
        assertTrue(out.get(0) instanceof SourceRecord);
        Reject r = (Reject) out.get(1);
        assertEquals(ReasonCode.OVERSIZED, r.reason());
        assertEquals("line 2", r.locator());
        assertTrue(r.message().contains("ingest.limits.max-record-bytes"), r.message());
        assertTrue(out.get(2) instanceof SourceRecord s && s.doi().equals("10.1145/2"), out.get(2).toString());
    }

    @Test
    void oversizedCsvAndTabRecordsAreRejectedAndReadingGoesOn() {
        Limits small = new Limits(1 << 20, 1L << 30, 4000, 20000, 3000, 1900, 2035, 500);
        long big = 64L << 20;
        List<ParseOutput> scopus = parse(SourceFormat.SCOPUS, small, concat(
                text("Authors,Title,Year,DOI,EID\n\"Garcia M.\",\""), generated(big, (byte) 'y'),
                text("\",2019,10.1/a,e1\n\"Rossi P.\",\"Fine\",2019,10.1/b,e2\n")));
        assertEquals(2, scopus.size(), scopus.toString());
        assertEquals(ReasonCode.OVERSIZED, ((Reject) scopus.get(0)).reason());
        assertTrue(scopus.get(1) instanceof SourceRecord s && "e2".equals(s.sourceId()), scopus.toString());

        List<ParseOutput> wos = parse(SourceFormat.WOS, small, concat(text("AU\tTI\tPY\tUT\nSmith, J\t"),
                generated(big, (byte) 'z'), text("\t2019\tW1\nIto, K\tFine\t2019\tW2\n")));
        assertEquals(2, wos.size(), wos.toString());
        assertEquals(ReasonCode.OVERSIZED, ((Reject) wos.get(0)).reason());
        assertTrue(wos.get(1) instanceof SourceRecord s && "W2".equals(s.sourceId()), wos.toString());
    }

    @Test
    void aJsonDocumentBeyondMaxDocumentBytesIsOneOversizedReject() {
        Limits small = new Limits(1 << 20, 4L << 20, 4000, 20000, 3000, 1900, 2035, 500);
        StringBuilder line = new StringBuilder("    {\"title\": \"");
        line.append("t".repeat(1000)).append("\"},\n");
        List<InputStream> parts = new ArrayList<>();
        parts.add(text("{\n  \"articles\": [\n"));
        for (int i = 0; i < 8000; i++) {
            parts.add(text(line.toString()));
        }
        parts.add(text("    {}\n  ]\n}\n"));
        List<ParseOutput> out = parse(SourceFormat.IEEE_XPLORE_API, small, concat(parts.toArray(InputStream[]::new)));
        assertEquals(1, out.size(), out.toString());
        Reject r = (Reject) out.get(0);
        assertEquals(ReasonCode.OVERSIZED, r.reason());
        assertTrue(r.message().contains("ingest.limits.max-document-bytes"), r.message());
    }
}
