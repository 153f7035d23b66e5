package org.collabatlas.common.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of bytes from a stream and decodes each as strict UTF-8, so that one bad line does not spoil the
 * rest of a file. Lines end at {@code \n}; a trailing {@code \r} is dropped; a UTF-8 byte-order mark at the start
 * of the stream is dropped. A line longer than {@code maxLineBytes} is not kept in memory: it is skipped to its
 * end and reported as {@link Line#oversized()}.
 */
public final class LineReader {
    /** One line. {@code text} is the strict decoding, or a lossy one (U+FFFD) when {@link #invalidUtf8()}. */
    public record Line(long number, String text, boolean invalidUtf8, boolean oversized, long bytes) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long lineNumber;
    private boolean first = true;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. An I/O error (e.g. a truncated gzip) propagates. */
    public Line next() throws IOException {
        line.reset();
        long total = 0;
        boolean sawAny = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            total += n;
            if (total <= maxLineBytes) {
                line.write(buf, start, n);
            }
            if (pos < len) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int from = 0;
        int to = bytes.length;
        if (first) {
            first = false;
            if (to >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                from = 3;
            }
        }
        if (total > maxLineBytes) {
            return new Line(lineNumber, "", false, true, total);
        }
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        try {
            String text = strict.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            return new Line(lineNumber, text, false, false, total);
        } catch (CharacterCodingException e) {
            String lossy = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            return new Line(lineNumber, lossy, true, false, total);
        }
    }

    /** Number of the last line returned (1-based). */
    public long lineNumber() {
        return lineNumber;
    }
}
