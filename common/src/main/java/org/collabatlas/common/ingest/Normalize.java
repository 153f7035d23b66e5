package org.collabatlas.common.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of identifiers and match keys. Pure functions; null in, null out. */
public final class Normalize {
    private static final Pattern DOI_PREFIX = Pattern.compile(
            "^(?:https?://(?:dx\\.)?doi\\.org/|doi\\.org/|doi:\\s*|urn:doi:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_SHAPE = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");

    private Normalize() {
    }

    /**
     * A DOI in its canonical form: URL / {@code doi:} prefixes removed, whitespace trimmed, lower case (DOIs are
     * case-insensitive), trailing punctuation dropped. Returns null when the result is not shaped like a DOI
     * ({@code 10.NNNN/suffix}).
     */
    public static String doi(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        s = DOI_PREFIX.matcher(s).replaceFirst("");
        s = s.strip().toLowerCase(Locale.ROOT);
        while (!s.isEmpty() && ".,;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return DOI_SHAPE.matcher(s).matches() ? s : null;
    }

    /**
     * A title reduced for matching: Unicode NFKD, accents removed, lower case, every run of characters other than
     * letters and digits removed. {@code "Deep-Learning: A Survey"} and {@code "deep learning a survey."} meet.
     */
    public static String titleKey(String title) {
        if (title == null) {
            return null;
        }
        String ascii = asciiKey(title);
        if (ascii != null) {
            return ascii.isEmpty() ? null : ascii;
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /**
     * {@link #titleKey} of an all-ASCII string in one scan, or null when {@code s} has a character beyond ASCII.
     * For ASCII the definition reduces to this: NFKD changes no ASCII character and there are no marks; lower case
     * is ASCII lower case; the letters and digits ({@code \p{L}}, {@code \p{N}}) are {@code A-Z a-z 0-9}. Titles and
     * surnames are nearly all ASCII, and the regular expressions and the normaliser were a tenth of parsing.
     */
    static String asciiKey(String s) {
        int n = s.length();
        char[] out = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            if (out == null) {
                out = new char[n];
            }
            out[k++] = c;
        }
        return out == null ? "" : new String(out, 0, k);
    }

    /**
     * The surname of an author name, reduced like {@link #titleKey}: the part before the comma for
     * {@code "Surname, Given"} (WoS, Scopus), else the last word ({@code "Given Surname"}: IEEE, ACM, OpenAlex).
     */
    public static String surnameKey(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        } else {
            String[] words = WHITESPACE.split(s);
            s = words[words.length - 1];
        }
        return titleKey(s);
    }

    /** A bare ORCID iD from {@code https://orcid.org/0000-...} or the iD itself; null when none is present. */
    public static String orcid(String raw) {
        if (raw == null) {
            return null;
        }
        var m = ORCID.matcher(raw.toUpperCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    /**
     * Control characters ({@code \p{Cc}}, U+2028, U+2029) to spaces, trimmed ({@link String#strip()}), inner runs of
     * spaces collapsed to one; null when blank. The same as
     * {@code raw.replaceAll("[\\p{Cc}\\u2028\\u2029]", " ").strip().replaceAll("\\s+", " ")} (every {@code \s}
     * character but the space is a control character), written as one scan: every text field of every record passes
     * here, and those regular expressions, one of them compiled per call, were the largest cost of parsing.
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (isControl(s.charAt(i))) {
                char[] cs = s.toCharArray();
                for (int j = i; j < n; j++) {
                    if (isControl(cs[j])) {
                        cs[j] = ' ';
                    }
                }
                s = new String(cs);
                break;
            }
        }
        s = s.strip();
        int run = s.indexOf("  ");
        if (run >= 0) {
            StringBuilder b = new StringBuilder(s.length());
            b.append(s, 0, run + 1);
            for (int i = run + 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != ' ' || b.charAt(b.length() - 1) != ' ') {
                    b.append(c);
                }
            }
            s = b.toString();
        }
        return s.isEmpty() ? null : s;
    }

    /** {@code \p{Cc}} (U+0000-U+001F, U+007F-U+009F) and the line and paragraph separators. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
