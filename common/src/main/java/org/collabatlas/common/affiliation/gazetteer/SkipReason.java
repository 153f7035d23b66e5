package org.collabatlas.common.affiliation.gazetteer;

/** Why {@link RorDumpReader} did not turn an element of the dump array into an {@link Institution}. */
public enum SkipReason {
    /** The array element is a string, number, array or null, not a JSON object. */
    NOT_AN_OBJECT,
    /** The object has no textual {@code id}. */
    MISSING_ID,
    /** The {@code id} is not of the form {@code https://ror.org/0xxxxxxxx}. */
    MALFORMED_ID,
    /** An earlier record had the same id; the first one is kept. */
    DUPLICATE_ID,
    /** The object has neither v2 {@code names[]} nor v1 {@code name}: not a ROR record of a known schema. */
    UNKNOWN_SCHEMA,
    /** The record has no usable name (v2: no {@code ror_display} name; v1: blank {@code name}). */
    NO_DISPLAY_NAME,
    /** A field has a value ROR does not allow (a status other than active/inactive/withdrawn, a bad country code). */
    INVALID_FIELD
}
