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
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
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
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return s.isEmpty() ? null : s;
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
            String[] words = s.split("\\s+");
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

    /** Control characters to spaces, trimmed, inner whitespace runs collapsed to one space; null when blank. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = CONTROL.matcher(raw).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }
}
