package org.collabatlas.common.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Helpers the report's sections share: text blocks, rows, and numbers that are undefined or written in prose. */
final class ReportFormat {
    private ReportFormat() {
    }

    static Report.Text text(String s) {
        return new Report.Text(s);
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** {@code part / whole}, or null when {@code whole} is 0. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** {@code a / b}, or null when {@code b} is 0. */
    static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }

    /** A number for prose: at most 4 decimals, trailing zeros and point dropped ({@code 1.5}, {@code 2}). */
    static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
