package org.collabatlas.common.ingest;

/**
 * Size and sanity limits applied while parsing ({@code ingest.limits.*}). A unit beyond a limit is rejected
 * as {@link org.collabatlas.common.record.ReasonCode#OVERSIZED} or {@code INVALID_YEAR}, never truncated silently.
 *
 * @param maxRecordBytes   longest line or single JSON record read into memory
 * @param maxDocumentBytes largest whole-file document (a pretty-printed JSON response) read into memory
 * @param maxTitleChars    longest title accepted
 * @param maxFieldChars    longest affiliation, name, venue or keyword accepted
 * @param maxAuthors       most authors accepted on one paper
 * @param minYear          earliest plausible publication year
 * @param maxYear          latest plausible publication year
 * @param excerptChars     characters of raw input kept in a reject
 */
public record Limits(int maxRecordBytes, long maxDocumentBytes, int maxTitleChars, int maxFieldChars, int maxAuthors,
                     int minYear, int maxYear, int excerptChars) implements java.io.Serializable {

    /** The defaults of {@code conf/application.conf}, for tests. */
    public static Limits defaults() {
        return new Limits(16 << 20, 1L << 30, 4000, 20000, 3000, 1900, 2035, 500);
    }

    public Limits {
        if (maxRecordBytes <= 0 || maxDocumentBytes <= 0 || maxTitleChars <= 0 || maxFieldChars <= 0
                || maxAuthors <= 0 || excerptChars < 0 || minYear > maxYear) {
            throw new IllegalArgumentException("invalid ingest limits: " + ofThis(maxRecordBytes, maxDocumentBytes,
                    maxTitleChars, maxFieldChars, maxAuthors, minYear, maxYear, excerptChars));
        }
    }

    private static String ofThis(Object... values) {
        return java.util.Arrays.toString(values);
    }

    /** {@code text} cut to {@link #excerptChars} characters, never splitting a surrogate pair. */
    public String excerpt(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= excerptChars) {
            return text;
        }
        int end = excerptChars;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
