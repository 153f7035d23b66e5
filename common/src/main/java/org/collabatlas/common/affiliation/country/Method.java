package org.collabatlas.common.affiliation.country;

import java.util.Locale;

/** How a country was found; {@link #code()} is the lower-case name written to outputs. */
public enum Method {
    /** The separate country field of the source ({@code rawCountry}). */
    RAW_COUNTRY,
    /** A country name or variant in the string. */
    COUNTRY_NAME,
    /** A US state name, or a USPS abbreviation in an address slot. */
    US_STATE,
    /** A state or province of another country. */
    PROVINCE,
    /** A postcode of a distinctive shape (Canada). */
    POSTCODE,
    /** A city. */
    CITY,
    /** A well-known institution whose name names no place of its country. */
    INSTITUTION,
    /** The writing system (Hangul, Kana). */
    SCRIPT,
    /** No country. */
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
