package org.collabatlas.common.affiliation.match;

import java.util.Locale;

/** How the chosen institution was found; {@link #code()} is the lower-case name written to outputs. */
public enum MatchMethod {
    /** A run of segments is, word for word after normalisation, a name of the institution. */
    EXACT,
    /** Every rare word of a name is in one run of segments (IDF-weighted token overlap). */
    TOKENS,
    /** An acronym of the institution is a word of the string, and it names one institution only. */
    ACRONYM,
    /**
     * The learned decision chose a ROR parent or child of an institution the string names (a unit counted as its
     * parent, a university system's campus).
     */
    RELATED,
    /** No institution chosen ({@link MatchResult#reason()} says why). */
    NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
