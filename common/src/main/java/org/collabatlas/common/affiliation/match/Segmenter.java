package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an affiliation string into the parts its author separated: {@code Department of Physics, University of
 * Genova, Genova, Italy} gives four segments. Separators: {@code , ; | / \} and line breaks, brackets
 * ({@code ( ) [ ] { }}), the full-width and ideographic comma, semicolon and full stop ({@code ，、；。}), and a dash
 * or bullet between spaces ({@code " - "}, {@code " · "}). URLs and e-mail addresses are removed first. A segment
 * with no letter (a postcode, an affiliation number) is dropped. Segments keep their original text; the matcher
 * normalises each (see {@link Terms}) and also tries runs of neighbouring segments, because some names hold a
 * comma ({@code University of California, Berkeley}).
 */
public final class Segmenter {
    private static final Pattern URL_OR_MAIL = Pattern.compile("(?i)(?:https?://|www\\.)\\S*|\\S+@\\S+");

    private Segmenter() {
    }

    /** The segments of a string, in order; empty for null or blank input. */
    public static List<String> segments(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        String s = raw;
        if (s.indexOf('@') >= 0 || s.contains("www.") || s.contains("://")) {
            s = URL_OR_MAIL.matcher(s).replaceAll(" ; ");
        }
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean cut = switch (c) {
                case ',', ';', '|', '/', '\\', '\n', '\r', '\t', '(', ')', '[', ']', '{', '}', '，', '、', '；', '。',
                        '（', '）' -> true;
                case '-', '–', '—', '·', '•' -> i > 0 && i + 1 < n && s.charAt(i - 1) == ' '
                        && s.charAt(i + 1) == ' ';
                default -> false;
            };
            if (cut) {
                add(s, start, i, out);
                start = i + 1;
            }
        }
        add(s, start, n, out);
        return out;
    }

    private static void add(String s, int from, int to, List<String> out) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                out.add(s.substring(from, to).strip());
                return;
            }
        }
    }
}
