package org.collabatlas.common.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A report table: a name (its file name under {@code report/tables/}), a title, typed columns and rows. Rendered as
 * CSV (RFC 4180, numbers in Java's shortest round-trip form, empty for null), Markdown and HTML (numbers rounded to
 * the column's digits); the Spark shell writes the same rows as Parquet.
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    /** Column types; values are {@code String}, {@code Integer}, {@code Long}, {@code Double} (or null). */
    public enum Type { STRING, INT, LONG, DOUBLE }

    /** A column; {@code digits} is the number of decimals shown for doubles in Markdown and HTML. */
    public record Column(String name, Type type, int digits) {
        public static Column string(String name) {
            return new Column(name, Type.STRING, 0);
        }

        public static Column integer(String name) {
            return new Column(name, Type.INT, 0);
        }

        public static Column count(String name) {
            return new Column(name, Type.LONG, 0);
        }

        public static Column decimal(String name, int digits) {
            return new Column(name, Type.DOUBLE, digits);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + r.size() + " values for "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < r.size(); i++) {
                check(name, columns.get(i), r.get(i));
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    private static void check(String table, Column c, Object v) {
        if (v == null) {
            return;
        }
        boolean ok = switch (c.type()) {
            case STRING -> v instanceof String;
            case INT -> v instanceof Integer;
            case LONG -> v instanceof Long;
            case DOUBLE -> v instanceof Double;
        };
        if (!ok) {
            throw new IllegalArgumentException("table " + table + ", column " + c.name() + " (" + c.type()
                    + "): value " + v + " is a " + v.getClass().getSimpleName());
        }
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i > 0 ? "," : "").append(csvField(columns.get(i).name()));
        }
        sb.append('\n');
        for (List<Object> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                sb.append(i > 0 ? "," : "").append(v == null ? "" : csvField(String.valueOf(v)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A GitHub-flavoured Markdown table under a level-3 heading with the title. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| ");
        for (Column c : columns) {
            sb.append(c.name()).append(" | ");
        }
        sb.setLength(sb.length() - 1);
        sb.append("\n|");
        for (Column c : columns) {
            sb.append(c.type() == Type.STRING ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<Object> r : rows) {
            sb.append("| ");
            for (int i = 0; i < r.size(); i++) {
                sb.append(format(columns.get(i), r.get(i)).replace("|", "\\|")).append(" | ");
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        if (rows.isEmpty()) {
            sb.append("\n(no rows)\n");
        }
        return sb.toString();
    }

    /** An HTML {@code <table>} (escaped; numbers right-aligned by class {@code num}). */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<table id=\"t-").append(Html.escape(name)).append("\"><thead><tr>");
        for (Column c : columns) {
            sb.append(c.type() == Type.STRING ? "<th>" : "<th class=\"num\">").append(Html.escape(c.name()))
                    .append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (List<Object> r : rows) {
            sb.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                Column c = columns.get(i);
                sb.append(c.type() == Type.STRING ? "<td>" : "<td class=\"num\">")
                        .append(Html.escape(format(c, r.get(i)))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>");
        return sb.toString();
    }

    /** A value as shown to a reader: doubles rounded to the column's digits, null as empty. */
    public static String format(Column c, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            return String.format(Locale.ROOT, "%." + c.digits() + "f", d);
        }
        return String.valueOf(v);
    }

    private static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column);
    }
}
