package org.collabatlas.common.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, forgiving-but-honest access to JSON fields for the parsers: a missing or {@code null} field reads as
 * null or empty; a field of the wrong shape throws {@link WrongTypeException}, which sends the record to rejects.
 */
public final class Json {

    private Json() {
    }

    /** Text of a string, number or boolean field; null when missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isValueNode()) {
            return Normalize.text(v.asText());
        }
        throw new WrongTypeException(field, "a string", kind(v));
    }

    /** An object field; null when missing or null. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (!v.isObject()) {
            throw new WrongTypeException(field, "an object", kind(v));
        }
        return v;
    }

    /** Elements of an array field; empty when missing or null. */
    public static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new WrongTypeException(field, "an array", kind(v));
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** Non-blank strings of an array of strings (numbers accepted); other element types are a wrong type. */
    public static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, field)) {
            if (e.isNull()) {
                continue;
            }
            if (!e.isValueNode()) {
                throw new WrongTypeException(field + "[]", "a string", kind(e));
            }
            String s = Normalize.text(e.asText());
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * {@code "2019"} or {@code 2019} as an int, also the year of {@code "2019-05"} and {@code "2019-05-17"}; null when
     * not a whole number of 1 to 9 ASCII digits.
     */
    public static Integer parseYear(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if ((t.length() == 7 || t.length() == 10) && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7)
                && (t.length() == 7 || t.charAt(7) == '-' && digits(t, 8, 10))) {
            t = t.substring(0, 4);
        }
        if (t.isEmpty() || t.length() > 9 || !digits(t, 0, t.length())) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
