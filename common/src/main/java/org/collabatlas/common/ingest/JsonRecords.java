package org.collabatlas.common.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;

/**
 * Splits a JSON file into record objects, whatever its layout, and keeps going past bad records:
 * <ul>
 *   <li><b>JSON Lines</b> (the first non-blank line is one complete JSON value): each line on its own; a bad line
 *   is one reject ({@code malformed_json}, {@code invalid_utf8}, {@code oversized}).</li>
 *   <li><b>One document</b> (pretty-printed): an API response whose {@code envelope} field holds the records
 *   (IEEE {@code articles}, OpenAlex {@code results}), a top-level array of records, a single record, or several
 *   such values in a row. Records before a syntax error are kept; the rest of the document is one reject.</li>
 * </ul>
 * In both layouts a value that is itself an envelope object is opened, so JSON Lines of API responses work too.
 */
public final class JsonRecords {
    /** Maps one record object to a {@link ParseOutput}; may throw {@link WrongTypeException}. */
    @FunctionalInterface
    public interface Mapper {
        ParseOutput map(String locator, JsonNode record, String excerpt);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String source;
    private final String file;
    private final Limits limits;
    private final String envelope;
    private final Mapper mapper;
    private final Consumer<ParseOutput> sink;
    /** Records of the current document read completely: where a syntax error's "onwards" starts. */
    private int documentRecordsRead;

    public JsonRecords(String source, String file, Limits limits, String envelope, Mapper mapper,
                       Consumer<ParseOutput> sink) {
        this.source = source;
        this.file = file;
        this.limits = limits;
        this.envelope = envelope;
        this.mapper = mapper;
        this.sink = sink;
    }

    /** Reads the whole (already decompressed) stream. I/O errors such as a truncated gzip propagate. */
    public void read(InputStream in) throws IOException {
        LineReader lines = new LineReader(in, limits.maxRecordBytes());
        LineReader.Line first;
        do {
            first = lines.next();
        } while (first != null && !first.oversized() && first.text().isBlank());
        if (first == null) {
            sink.accept(reject("file", ReasonCode.EMPTY_FILE, "the file holds no JSON", ""));
            return;
        }
        if (first.oversized() || isCompleteValue(first.text())) {
            LineReader.Line line = first;
            while (line != null) {
                readLine(line);
                line = lines.next();
            }
        } else {
            // Not one whole value: a pretty-printed document, or JSON Lines whose first line is broken. The latter
            // shows in the next non-blank line being one whole record on its own.
            List<LineReader.Line> head = new ArrayList<>();
            head.add(first);
            LineReader.Line second;
            do {
                second = lines.next();
                if (second != null) {
                    head.add(second);
                }
            } while (second != null && !second.oversized() && second.text().isBlank());
            if (second != null && !second.oversized() && looksLikeBrokenRecord(first.text())
                    && isSingleRecord(second.text())) {
                for (LineReader.Line line : head) {
                    readLine(line);
                }
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    readLine(line);
                }
            } else {
                readDocument(head, lines);
            }
        }
    }

    private void readLine(LineReader.Line line) {
        String loc = "line " + line.number();
        if (line.oversized()) {
            sink.accept(reject(loc, ReasonCode.OVERSIZED,
                    "line of " + line.bytes() + " bytes exceeds ingest.limits.max-record-bytes", ""));
            return;
        }
        if (line.text().isBlank()) {
            return;
        }
        if (line.invalidUtf8()) {
            sink.accept(reject(loc, ReasonCode.INVALID_UTF8, "the line is not valid UTF-8", line.text()));
            return;
        }
        JsonNode node;
        try (JsonParser p = MAPPER.createParser(line.text())) {
            node = p.readValueAsTree();
            if (p.nextToken() != null) {
                throw new JsonParseFailure("unexpected content after the JSON value");
            }
        } catch (IOException | JsonParseFailure e) {
            sink.accept(reject(loc, reasonOf(e), firstLine(e.getMessage()), line.text()));
            return;
        }
        if (node == null) {
            return;
        }
        if (isEnvelope(node)) {
            int k = 0;
            for (JsonNode rec : node.get(envelope)) {
                emit(loc + ", record " + k++, rec, boundedText(rec), false);
            }
        } else if (node.isArray()) {
            int k = 0;
            for (JsonNode rec : node) {
                emit(loc + ", record " + k++, rec, boundedText(rec), false);
            }
        } else {
            emit(loc, node, line.text(), false);
        }
    }

    private void readDocument(List<LineReader.Line> head, LineReader lines) throws IOException {
        StringBuilder doc = new StringBuilder();
        boolean invalidUtf8 = false;
        long bytes = 0;
        Iterator<LineReader.Line> pending = head.iterator();
        for (LineReader.Line line = pending.next(); line != null;
                line = pending.hasNext() ? pending.next() : lines.next()) {
            if (line.oversized()) {
                sink.accept(reject("line " + line.number(), ReasonCode.OVERSIZED,
                        "a line of " + line.bytes() + " bytes inside a JSON document exceeds "
                                + "ingest.limits.max-record-bytes; the document cannot be read", ""));
                return;
            }
            bytes += line.bytes() + 1;
            if (bytes > limits.maxDocumentBytes()) {
                sink.accept(reject("file", ReasonCode.OVERSIZED, "JSON document larger than "
                        + "ingest.limits.max-document-bytes (" + limits.maxDocumentBytes() + " bytes)", ""));
                return;
            }
            invalidUtf8 |= line.invalidUtf8();
            doc.append(line.text()).append('\n');
        }
        String text = doc.toString();
        int record = 0;
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        readDocumentRecord(p, text, record++, invalidUtf8);
                    }
                } else if (t == JsonToken.START_OBJECT && envelope != null) {
                    record = readEnvelopeOrRecord(p, text, record, invalidUtf8);
                } else {
                    readDocumentRecord(p, text, record++, invalidUtf8);
                }
            }
        } catch (IOException e) {
            String where = documentRecordsRead == 0 ? "file" : "record " + documentRecordsRead + " onwards";
            sink.accept(reject(where, reasonOf(e), firstLine(e.getMessage()), excerptAround(text, e)));
        }
    }

    /** At START_OBJECT: stream the envelope's records out, or, when the object has no envelope, emit it whole. */
    private int readEnvelopeOrRecord(JsonParser p, String text, int record, boolean invalidUtf8) throws IOException {
        int startLine = p.currentLocation().getLineNr();
        long startChar = p.currentTokenLocation().getCharOffset();
        ObjectNode rest = MAPPER.createObjectNode();
        boolean sawEnvelope = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals(envelope) && v == JsonToken.START_ARRAY) {
                sawEnvelope = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    readDocumentRecord(p, text, record++, invalidUtf8);
                }
            } else {
                rest.set(name, p.readValueAsTree());
            }
        }
        if (!sawEnvelope) {
            documentRecordsRead = record + 1;
            String loc = "record " + record + " (line " + startLine + ")";
            long size = p.currentLocation().getCharOffset() - startChar;
            if (size > limits.maxRecordBytes()) {
                sink.accept(reject(loc, ReasonCode.OVERSIZED, "record of " + size
                        + " characters exceeds ingest.limits.max-record-bytes", ""));
            } else {
                long end = p.currentLocation().getCharOffset();
                emit(loc, rest, slice(text, startChar, end), invalidUtf8 && hasReplacement(text, startChar, end));
            }
            record++;
        }
        return record;
    }

    private void readDocumentRecord(JsonParser p, String text, int record, boolean invalidUtf8) throws IOException {
        int line = p.currentLocation().getLineNr();
        long startChar = p.currentTokenLocation().getCharOffset();
        JsonNode node = p.readValueAsTree();
        documentRecordsRead = record + 1;
        String loc = "record " + record + " (line " + line + ")";
        long size = p.currentLocation().getCharOffset() - startChar;
        if (size > limits.maxRecordBytes()) {
            sink.accept(reject(loc, ReasonCode.OVERSIZED, "record of " + size
                    + " characters exceeds ingest.limits.max-record-bytes", ""));
            return;
        }
        long end = p.currentLocation().getCharOffset();
        emit(loc, node, slice(text, startChar, end), invalidUtf8 && hasReplacement(text, startChar, end));
    }

    /** The first characters of a record in the document, enough for an excerpt (the record is not copied whole). */
    private String slice(String text, long start, long end) {
        int from = (int) Math.max(0, Math.min(start, text.length()));
        int to = (int) Math.min(Math.min(end, text.length()), from + (long) limits.excerptChars() + 1);
        return text.substring(from, Math.max(from, to));
    }

    /** Whether the document's characters start..end hold a U+FFFD from undecodable bytes. */
    private static boolean hasReplacement(String text, long start, long end) {
        int at = text.indexOf('\uFFFD', (int) Math.max(0, start));
        return at >= 0 && at < end;
    }

    /** The start of a node's JSON text, serialising no more than an excerpt needs. */
    private String boundedText(JsonNode node) {
        BoundedWriter w = new BoundedWriter(limits.excerptChars() + 1);
        try {
            MAPPER.writeValue(w, node);
        } catch (IOException full) {
            // the excerpt is complete: serialisation stopped on purpose
        }
        return w.toString();
    }

    /**
     * Emits one record. {@code raw} is the record's text, or at least its first {@code excerpt-chars} characters;
     * {@code invalidUtf8} says whether that record's bytes were not valid UTF-8.
     */
    private void emit(String loc, JsonNode node, String raw, boolean invalidUtf8) {
        if (!node.isObject()) {
            sink.accept(reject(loc, ReasonCode.WRONG_TYPE, "a record should be a JSON object but is "
                    + Json.kind(node), raw));
            return;
        }
        if (invalidUtf8) {
            sink.accept(reject(loc, ReasonCode.INVALID_UTF8, "the record contains bytes that are not valid UTF-8",
                    raw));
            return;
        }
        try {
            sink.accept(mapper.map(loc, node, limits.excerpt(raw)));
        } catch (WrongTypeException e) {
            sink.accept(reject(loc, ReasonCode.WRONG_TYPE, e.getMessage(), raw));
        }
    }

    /**
     * Thrown to stop the serialiser once an excerpt is complete (most records are longer than an excerpt), without
     * a stack trace: filling in the stack for every record cost more than the excerpt's serialisation. A new one
     * each time (the serialiser attaches the one its close throws to the first as suppressed).
     */
    private static final class ExcerptComplete extends IOException {
        private static final long serialVersionUID = 1L;

        ExcerptComplete() {
            super("excerpt complete");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** A writer that keeps the first {@code max} characters and then stops the serialiser. */
    private static final class BoundedWriter extends java.io.Writer {
        private final StringBuilder sb = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int room = max - sb.length();
            sb.append(buf, off, Math.min(room, len));
            if (len >= room) {
                throw new ExcerptComplete();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private boolean isEnvelope(JsonNode node) {
        return envelope != null && node.isObject() && node.path(envelope).isArray();
    }

    /** A first line that starts a record object but does not open a pretty-printed document or envelope. */
    private static boolean looksLikeBrokenRecord(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '{' && "{[".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * One complete JSON object and nothing after it: a JSON Lines record. A file whose first non-blank line is one
     * is read as JSON Lines (the corruptor uses the same test to write what ingest will read).
     */
    public static boolean isSingleRecord(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.charAt(0) != '{') {
            return false;
        }
        try (JsonParser p = MAPPER.createParser(t)) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isCompleteValue(String line) {
        String t = line.strip();
        if (t.isEmpty() || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
            return false;
        }
        try (JsonParser p = MAPPER.createParser(t)) {
            p.nextToken();
            p.skipChildren();
            return true; // trailing content after a complete value makes it a bad JSON line, not a document

        } catch (IOException e) {
            return false;
        }
    }

    private static ReasonCode reasonOf(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("end-of-input") || m.contains("end of input")) {
            return ReasonCode.TRUNCATED;
        }
        if (m.contains("UTF-8") || m.contains("UTF8")) {
            return ReasonCode.INVALID_UTF8;
        }
        return ReasonCode.MALFORMED_JSON;
    }

    private String excerptAround(String text, IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            long off = jpe.getLocation().getCharOffset();
            if (off >= 0 && off <= text.length()) {
                int from = (int) Math.max(0, off - limits.excerptChars() / 2);
                return text.substring(from, (int) Math.min(text.length(), from + limits.excerptChars()));
            }
        }
        return text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private Reject reject(String locator, ReasonCode reason, String message, String raw) {
        return new Reject(source, file, locator, reason, message, limits.excerpt(raw));
    }

    private static final class JsonParseFailure extends Exception {
        JsonParseFailure(String message) {
            super(message);
        }
    }
}
