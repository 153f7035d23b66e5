package org.collabatlas.common.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV reader that returns one record at a time and keeps going past bad records.
 * <ul>
 *   <li>Fields are separated by {@code ,}; records end at {@code \n} or {@code \r\n} outside quotes (a lone
 *   {@code \r} is field content). A UTF-8 byte-order mark at the start of the stream is dropped.</li>
 *   <li>A field that starts with {@code "} is quoted: it may hold commas, quotes doubled as {@code ""}, and line
 *   breaks (kept as they are). A {@code "} inside an unquoted field is kept literally.</li>
 *   <li>Text after the closing quote of a field ({@code "a"b}) makes the record {@link Problem#MALFORMED}; reading
 *   resumes with the next record at the next line break outside quotes.</li>
 *   <li>A quote still open at the end of the stream makes the last record {@link Problem#UNTERMINATED_QUOTE}
 *   (it holds the whole rest of the file).</li>
 *   <li>A record of more than {@code maxRecordBytes} bytes is not kept in memory: it is read to its end and
 *   returned as {@link Problem#OVERSIZED} with no fields.</li>
 *   <li>Each field is decoded as strict UTF-8; a record with a bad byte sequence is {@link Problem#INVALID_UTF8}
 *   (its fields decoded lossily, with U+FFFD).</li>
 *   <li>Blank lines (a record with no bytes at all) are skipped.</li>
 * </ul>
 * Parsing works on bytes: the structural characters are ASCII, which never occur inside a UTF-8 multi-byte
 * sequence. An {@link IOException} of the stream (a truncated gzip) propagates.
 */
public final class CsvReader {
    /** What is wrong with a record, if anything. */
    public enum Problem { NONE, MALFORMED, UNTERMINATED_QUOTE, OVERSIZED, INVALID_UTF8 }

    /**
     * One record.
     *
     * @param line    1-based line number where the record starts
     * @param fields  the decoded fields (empty when {@link Problem#OVERSIZED})
     * @param raw     the record's text (lossy decoding, at most {@code maxRecordBytes}), for excerpts
     * @param bytes   the record's size in bytes, without its line break
     */
    public record Row(long line, List<String> fields, String raw, Problem problem, long bytes) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final InputStream in;
    private final int maxRecordBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean started;
    private boolean eof;
    private long line = 1;
    private final ByteArrayOutputStream field = new ByteArrayOutputStream(256);
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream(1024);
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public CsvReader(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The next record, or null at the end of the stream. */
    public Row next() throws IOException {
        while (true) {
            Row row = readRecord();
            if (row == null || row.bytes() > 0 || row.problem() != Problem.NONE) {
                return row;
            }
            // a blank line: skip it
        }
    }

    private Row readRecord() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        if (peek() < 0) {
            return null;
        }
        long startLine = line;
        List<byte[]> fields = new ArrayList<>();
        field.reset();
        raw.reset();
        long bytes = 0;
        boolean malformed = false;
        State state = State.FIELD_START;
        int b;
        while ((b = read()) >= 0) {
            if (b == '\n') {
                line++;
                if (state != State.QUOTED) {
                    break;
                }
            }
            if (b == '\r' && state != State.QUOTED && peek() == '\n') {
                continue; // CRLF: the '\n' ends the record
            }
            bytes++;
            if (bytes <= maxRecordBytes) {
                raw.write(b);
            }
            switch (state) {
                case FIELD_START -> {
                    if (b == '"') {
                        state = State.QUOTED;
                    } else if (b == ',') {
                        endField(fields);
                    } else {
                        append(b, bytes);
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (b == ',') {
                        endField(fields);
                        state = State.FIELD_START;
                    } else {
                        append(b, bytes);
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        append(b, bytes);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (b == '"') {
                        append(b, bytes);
                        state = State.QUOTED;
                    } else if (b == ',') {
                        endField(fields);
                        state = State.FIELD_START;
                    } else {
                        malformed = true;
                        append(b, bytes);
                        state = State.UNQUOTED;
                    }
                }
            }
        }
        endField(fields);
        Problem problem = state == State.QUOTED ? Problem.UNTERMINATED_QUOTE
                : bytes > maxRecordBytes ? Problem.OVERSIZED
                : malformed ? Problem.MALFORMED
                : Problem.NONE;
        String rawText = raw.toString(StandardCharsets.UTF_8);
        if (problem == Problem.OVERSIZED) {
            return new Row(startLine, List.of(), "", problem, bytes);
        }
        List<String> decoded = new ArrayList<>(fields.size());
        boolean invalid = false;
        for (byte[] f : fields) {
            try {
                decoded.add(strict.decode(ByteBuffer.wrap(f)).toString());
            } catch (CharacterCodingException e) {
                invalid = true;
                decoded.add(new String(f, StandardCharsets.UTF_8));
            }
        }
        if (invalid && problem == Problem.NONE) {
            problem = Problem.INVALID_UTF8;
        }
        return new Row(startLine, decoded, rawText, problem, bytes);
    }

    private void append(int b, long bytes) {
        if (bytes <= maxRecordBytes) {
            field.write(b);
        }
    }

    private void endField(List<byte[]> fields) {
        fields.add(field.toByteArray());
        field.reset();
    }

    private void skipBom() throws IOException {
        fill();
        if (len - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
                && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    /** Ensures at least one unread byte (three at the very start, for the BOM); false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < len;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        while (len < 3) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
                break;
            }
            len += n;
        }
        return pos < len;
    }
}
