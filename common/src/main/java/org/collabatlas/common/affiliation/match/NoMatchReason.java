package org.collabatlas.common.affiliation.match;

import java.util.Locale;

/** Why no institution was chosen; {@link #code()} is the lower-case name written to outputs. */
public enum NoMatchReason {
    /** Null or blank string. */
    EMPTY,
    /** No letters, a placeholder ({@code N/A}, {@code -}), only a URL or e-mail, or longer than any affiliation. */
    GARBAGE,
    /** No name of the gazetteer shares enough of its rare words with the string. */
    NO_CANDIDATE,
    /** Candidates were found, but none scored at or above the threshold. */
    BELOW_THRESHOLD,
    /** Two institutions matched equally well and nothing (country, city) told them apart. */
    AMBIGUOUS,
    /** The only candidates lie in another country than the string's own country evidence. */
    COUNTRY_CONFLICT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
