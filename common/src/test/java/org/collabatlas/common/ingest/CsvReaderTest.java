package org.collabatlas.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<CsvReader.Row> rows(byte[] bytes, int max) throws IOException {
        CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), max);
        List<CsvReader.Row> out = new ArrayList<>();
        for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
            out.add(row);
        }
        return out;
    }

    private static List<CsvReader.Row> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8), 1 << 20);
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        List<CsvReader.Row> rows = rows("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\n1,,\"\"\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\"", "two\r\nlines"), rows.get(1).fields());
        assertEquals(List.of("1", "", ""), rows.get(2).fields());
        assertEquals(List.of(1L, 2L, 5L), rows.stream().map(CsvReader.Row::line).toList());
        rows.forEach(r -> assertEquals(CsvReader.Problem.NONE, r.problem()));
    }

    @Test
    void lastRecordWithoutLineBreakAndLoneCr() throws IOException {
        List<CsvReader.Row> rows = rows("a\rb,c");
        assertEquals(List.of("a\rb", "c"), rows.get(0).fields());
        assertEquals(1, rows.size());
    }

    @Test
    void unterminatedQuoteAtEndOfFile() throws IOException {
        List<CsvReader.Row> rows = rows("a,b\n\"open,x\ny,z\n");
        assertEquals(2, rows.size());
        assertEquals(CsvReader.Problem.UNTERMINATED_QUOTE, rows.get(1).problem());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void textAfterClosingQuoteIsMalformedAndReadingResumes() throws IOException {
        List<CsvReader.Row> rows = rows("\"a\"b,c\nd,e\n");
        assertEquals(CsvReader.Problem.MALFORMED, rows.get(0).problem());
        assertEquals(List.of("d", "e"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void oversizedRecordIsSkippedToItsEnd() throws IOException {
        List<CsvReader.Row> rows = rows(("a,b\n\"" + "x".repeat(100) + "\n,\",y\nc,d\n")
                .getBytes(StandardCharsets.UTF_8), 50);
        assertEquals(3, rows.size());
        assertEquals(CsvReader.Problem.OVERSIZED, rows.get(1).problem());
        assertEquals(List.of(), rows.get(1).fields());
        assertEquals(List.of("c", "d"), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void invalidUtf8MarksOnlyItsRecord() throws IOException {
        byte[] bytes = "a,b\nx,\u00e9\nc,d\n".getBytes(StandardCharsets.UTF_8);
        bytes[7] = (byte) 0xFF;
        List<CsvReader.Row> rows = rows(bytes, 100);
        assertEquals(CsvReader.Problem.INVALID_UTF8, rows.get(1).problem());
        assertEquals(CsvReader.Problem.NONE, rows.get(2).problem());
    }

    @Test
    void emptyStream() throws IOException {
        assertEquals(List.of(), rows(""));
        assertNull(new CsvReader(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), 10)
                .next());
    }
}
