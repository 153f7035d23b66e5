package org.collabatlas.common.affiliation.country;

import java.util.Locale;

/** Why no country was given; {@link #code()} is the lower-case name written to outputs. */
public enum UnknownReason {
    /** Null or blank affiliation and no country field. */
    EMPTY,
    /** A placeholder ({@code N/A}, {@code -}), a URL, no letters, or longer than any affiliation. */
    GARBAGE,
    /** Text, but no country name, state, city or telling script in it. */
    NO_COUNTRY_EVIDENCE,
    /** Equally strong evidence for two countries in the deciding segment, or in the country field. */
    CONFLICT,
    /** Only Han characters: Chinese mainland, Taiwan, Hong Kong and Japan cannot be told apart reliably. */
    AMBIGUOUS_SCRIPT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
