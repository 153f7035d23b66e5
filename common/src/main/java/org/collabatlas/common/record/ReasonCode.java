package org.collabatlas.common.record;

/**
 * Why an input unit (a file, a line, a record) did not become an accepted paper.
 * The code is what the {@code rejects} table stores; {@link #code()} is stable across releases.
 */
public enum ReasonCode {
    /** The path could be listed but its bytes could not be read. */
    UNREADABLE_FILE("unreadable_file"),
    /** A file with no bytes, or only whitespace / a header. */
    EMPTY_FILE("empty_file"),
    /** A compressed stream or a document that ends in the middle of a record. */
    TRUNCATED("truncated"),
    /** Text that is not JSON, or JSON broken in the middle. */
    MALFORMED_JSON("malformed_json"),
    /** A CSV or tab-delimited record that cannot be split into its columns. */
    MALFORMED_ROW("malformed_row"),
    /** A JSON value where an object was expected, a string where a number was, and so on. */
    WRONG_TYPE("wrong_type"),
    /** Bytes that are not valid UTF-8. */
    INVALID_UTF8("invalid_utf8"),
    /** A record, line or field beyond the configured size limits. */
    OVERSIZED("oversized"),
    /** Neither a DOI nor a title: the record cannot be identified or merged. */
    NO_IDENTIFIER("no_identifier"),
    /** No author at all (front matter, tables of contents, editorials without by-line). */
    NO_AUTHORS("no_authors"),
    /** A publication year that cannot be true (not a number, before ingest.limits.min-year, after max-year). */
    INVALID_YEAR("invalid_year"),
    /** No publication year while the year window is bounded. */
    MISSING_YEAR("missing_year"),
    /** A valid record published outside ingest.years. */
    OUTSIDE_YEAR_WINDOW("outside_year_window");

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
