package org.collabatlas.common.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normalisation shared by taxonomy terms and by the keywords and titles they are matched against, so that
 * both sides always meet in the same form:
 * <ol>
 *   <li>Unicode NFKD, combining marks removed, lower case ({@code "Réseaux"} -> {@code "reseaux"});</li>
 *   <li>split into tokens at every character that is not a letter or a digit ({@code "Wi-Fi"} -> {@code wi fi},
 *   {@code "rendering (computer graphics)"} -> {@code rendering computer graphics});</li>
 *   <li>a light English plural rule on each token of more than three characters: {@code -ies} -> {@code -y}
 *   ({@code technologies}), otherwise a final {@code -s} is dropped unless the token ends in {@code ss}, {@code us},
 *   {@code is} or {@code os} ({@code networks}, {@code devices}, but {@code wireless}, {@code analysis},
 *   {@code ios}); tokens of three characters or fewer stay as they are ({@code gps}, {@code ids}).</li>
 * </ol>
 * The rule is not a linguistic stemmer: it only has to map a term and its plural to the same token, which it does
 * because both sides go through it. Pure and thread-safe.
 */
public final class Terms {
    private Terms() {
    }

    /** The normalised tokens of {@code text}; empty for null or text without letters or digits. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                out.add(singular(token.toString()));
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            out.add(singular(token.toString()));
        }
        return out;
    }

    /** The tokens joined by single spaces: the canonical form of a term (used in messages and tests). */
    public static String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    static String singular(String t) {
        int n = t.length();
        if (n <= 3 || t.charAt(n - 1) != 's') {
            return t;
        }
        if (t.endsWith("ies") && n > 4) {
            return t.substring(0, n - 3) + "y";
        }
        if (t.endsWith("ss") || t.endsWith("us") || t.endsWith("is") || t.endsWith("os")) {
            return t;
        }
        return t.substring(0, n - 1);
    }
}
