package org.collabatlas.common.ingest;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the delimited-text parsers (WoS tab-delimited, Scopus CSV). */
public final class Delimited {
    private Delimited() {
    }

    /**
     * {@code s} split on {@code "; "} (the list separator of WoS and Scopus exports), each part cleaned by
     * {@link Normalize#text} after dropping a trailing {@code ;}, blank parts dropped. Null reads as empty.
     */
    public static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : s.split("; ")) {
            String t = Normalize.text(part.endsWith(";") ? part.substring(0, part.length() - 1) : part);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@code s} split on {@code "; "} outside square brackets, parts kept as they are (not stripped, empty parts
     * kept): the WoS {@code C1} field {@code [Author A; Author B] Address, Country; [Author C] Address2, Country}
     * gives one part per address, the author lists in brackets left whole.
     */
    public static List<String> splitOutsideBrackets(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                parts.add(s.substring(start, i));
                start = i + 2;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** True when a row has exactly {@code columns} cells, or more when every extra cell is blank. */
    public static boolean fits(List<String> cells, int columns) {
        if (cells.size() < columns) {
            return false;
        }
        for (int i = columns; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
