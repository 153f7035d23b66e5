package org.collabatlas.common.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inclusive publication-year window of {@code ingest.years}: {@code "2016-2022"}, {@code "2019"} or
 * {@code "all"}.
 */
public record YearWindow(Integer from, Integer to) implements java.io.Serializable {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

    public static final YearWindow ALL = new YearWindow(null, null);

    public YearWindow {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a year window needs both ends or none");
        }
        if (from != null && from > to) {
            throw new IllegalArgumentException("year window " + from + "-" + to + " is empty");
        }
    }

    /** Parses {@code all}, {@code YYYY} or {@code YYYY-YYYY}; anything else is an {@link IllegalArgumentException}. */
    public static YearWindow parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected 'all', 'YYYY' or 'YYYY-YYYY', got null");
        }
        if (text.trim().equalsIgnoreCase("all")) {
            return ALL;
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'all', 'YYYY' or 'YYYY-YYYY', got '" + text + "'");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return new YearWindow(from, to);
    }

    public boolean isAll() {
        return from == null;
    }

    public boolean contains(int year) {
        return isAll() || (year >= from && year <= to);
    }

    @Override
    public String toString() {
        return isAll() ? "all" : from + "-" + to;
    }
}
