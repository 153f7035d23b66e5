package org.collabatlas.common.corrupt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.ingest.JsonRecords;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.ReasonCode;

/**
 * IEEE Xplore API, ACM DL and OpenAlex records. Input: JSON Lines, or documents (an API response with its envelope
 * array, an array, one record); output: JSON Lines, one compact record per line. Records of JSON Lines input are
 * kept as their bytes until edited, so a clean record of copy 0 is written exactly as it was read.
 */
final class JsonCodec extends Codec {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final SourceFormat format;
    private final String envelope;
    private final String idField;
    private final String authorsField;

    JsonCodec(SourceFormat format) {
        this.format = format;
        switch (format) {
            case IEEE_XPLORE_API -> {
                envelope = "articles";
                idField = "article_number";
                authorsField = "authors";
            }
            case ACM_DL -> {
                envelope = null;
                idField = "doi";
                authorsField = "authors";
            }
            case OPENALEX -> {
                envelope = "results";
                idField = "id";
                authorsField = "authorships";
            }
            default -> throw new IllegalArgumentException(format + " is not a JSON format");
        }
    }

    @Override
    SourceFormat format() {
        return format;
    }

    @Override
    Parsed parse(byte[] content) {
        List<Rec> out = new ArrayList<>();
        String firstLine = firstNonBlankLine(content);
        if (firstLine != null && JsonRecords.isSingleRecord(firstLine)) {
            int start = 0;
            for (int i = 0; i <= content.length; i++) {
                if (i == content.length || content[i] == '\n') {
                    int end = i;
                    if (end > start && content[end - 1] == '\r') {
                        end--;
                    }
                    if (!blank(content, start, end)) {
                        byte[] line = java.util.Arrays.copyOfRange(content, start, end);
                        if (isEnvelope(line)) {
                            addRecords(read(line), out);
                        } else {
                            out.add(new JsonRec(line, null));
                        }
                    }
                    start = i + 1;
                }
            }
        } else {
            try (JsonParser p = MAPPER.createParser(content)) {
                while (p.nextToken() != null) {
                    addRecords(MAPPER.readTree(p), out);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("not a clean " + format.id() + " JSON file: " + e.getMessage(), e);
            }
        }
        return new Parsed(null, out);
    }

    private void addRecords(JsonNode node, List<Rec> out) {
        JsonNode list = envelope != null && node.path(envelope).isArray() ? node.get(envelope) : node;
        if (list.isArray()) {
            list.forEach(r -> out.add(new JsonRec(null, object(r))));
        } else {
            out.add(new JsonRec(null, object(list)));
        }
    }

    private ObjectNode object(JsonNode n) {
        if (!(n instanceof ObjectNode o)) {
            throw new IllegalArgumentException("not a clean " + format.id() + " file: a record is not an object");
        }
        return o;
    }

    private boolean isEnvelope(byte[] line) {
        return envelope != null && indexOf(line, ("\"" + envelope + "\"").getBytes(StandardCharsets.UTF_8), 0) >= 0
                && read(line).path(envelope).isArray();
    }

    private static JsonNode read(byte[] b) {
        try {
            return MAPPER.readTree(b);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a clean JSON line: " + e.getMessage(), e);
        }
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static String firstNonBlankLine(byte[] content) {
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (!blank(content, start, i)) {
                    return new String(content, start, i - start, StandardCharsets.UTF_8);
                }
                start = i + 1;
            }
        }
        return null;
    }

    @Override
    boolean allowedFirst(CorruptionKind kind) {
        // ingest tells JSON Lines from a document by its first line
        return kind != CorruptionKind.TRUNCATED_RECORD && kind != CorruptionKind.BROKEN_SYNTAX;
    }

    @Override
    byte[] truncateRecord(Rec rec) {
        byte[] r = rec.render();
        int cut = lastIndexOf(r, (byte) ',', r.length / 2);
        return prefix(r, cut > 0 ? cut + 1 : Math.max(1, r.length / 2));
    }

    @Override
    byte[] breakSyntax(Rec rec) {
        byte[] r = rec.render();
        byte[] out = new byte[r.length + 1];
        out[0] = r[0];
        out[1] = ',';
        System.arraycopy(r, 1, out, 2, r.length - 1);
        return out;
    }

    @Override
    ReasonCode syntaxReason(CorruptionKind kind) {
        return switch (kind) {
            case TRUNCATED_RECORD, TRUNCATED_FILE -> ReasonCode.TRUNCATED;
            case BROKEN_SYNTAX -> ReasonCode.MALFORMED_JSON;
            case WRONG_TYPE -> ReasonCode.WRONG_TYPE;
            default -> throw new IllegalArgumentException(kind + " does not depend on the syntax");
        };
    }

    /** One JSON record: its original bytes until edited, then its tree. */
    private final class JsonRec implements Rec {
        private byte[] raw;
        private ObjectNode node;

        JsonRec(byte[] raw, ObjectNode node) {
            this.raw = raw;
            this.node = node;
        }

        /** The tree, for reading (parsed afresh when the record is still its original bytes). */
        private ObjectNode node() {
            return node != null ? node : object(read(raw));
        }

        /** The tree, for editing: from now on the record is rendered from it. */
        private ObjectNode edit() {
            if (node == null) {
                node = object(read(raw));
            }
            raw = null;
            return node;
        }

        @Override
        public String sourceId() {
            JsonNode v = node().get(idField);
            return v == null || v.isNull() ? "" : v.asText();
        }

        @Override
        public void rewriteIds(int k) {
            ObjectNode n = edit();
            if (n.path("doi").isTextual()) {
                n.put("doi", copyDoi(n.get("doi").asText(), k));
            }
            if (!idField.equals("doi") && n.path(idField).isValueNode() && !n.get(idField).isNull()) {
                n.put(idField, n.get(idField).asText() + "c" + k);
            }
            String t = title();
            if (t != null) {
                setTitle(copyTitle(t, k));
            }
        }

        @Override
        public String title() {
            JsonNode t = node().get("title");
            if ((t == null || t.isNull()) && format == SourceFormat.OPENALEX) {
                t = node().get("display_name");
            }
            return t == null || t.isNull() ? null : t.asText();
        }

        @Override
        public void setTitle(String title) {
            edit().put("title", title);
            if (format == SourceFormat.OPENALEX && edit().has("display_name")) {
                edit().put("display_name", title);
            }
        }

        @Override
        public void wrongType() {
            ObjectNode t = MAPPER.createObjectNode();
            t.put("text", title() == null ? "untitled" : title());
            edit().set("title", t);
            if (format == SourceFormat.OPENALEX) {
                edit().remove("display_name");
            }
        }

        @Override
        public void removeAuthors() {
            edit().remove(authorsField);
        }

        @Override
        public void setAuthors(int n) {
            ArrayNode list = MAPPER.createArrayNode();
            for (int i = 1; i <= n; i++) {
                ObjectNode a = list.addObject();
                switch (format) {
                    case IEEE_XPLORE_API -> {
                        a.put("full_name", "Author Number" + i);
                        a.put("author_order", i);
                    }
                    case ACM_DL -> a.put("name", "Author Number" + i);
                    default -> a.putObject("author").put("display_name", "Author Number" + i);
                }
            }
            if (format == SourceFormat.IEEE_XPLORE_API) {
                edit().putObject("authors").set("authors", list);
            } else {
                edit().set(authorsField, list);
            }
        }

        @Override
        public byte[] render() {
            if (raw != null) {
                return raw;
            }
            try {
                return MAPPER.writeValueAsBytes(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Rec copy() {
            return new JsonRec(raw, node == null ? null : node.deepCopy());
        }
    }
}
