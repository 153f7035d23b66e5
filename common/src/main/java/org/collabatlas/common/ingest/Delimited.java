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
