package org.collabatlas.common.corrupt;

/**
 * The kinds of damage {@link Corruptor} does. Record kinds change one record; file kinds change a whole file.
 * What ingest is expected to make of each is decided per format by the format's codec and written to the manifest.
 */
public enum CorruptionKind {
    /** The record's text cut in the middle (JSON: end of input inside the object; delimited: columns missing). */
    TRUNCATED_RECORD("truncated_record", false),
    /** Broken syntax: a stray comma in a JSON object, text after a CSV closing quote, a lost tab in WoS. */
    BROKEN_SYNTAX("broken_syntax", false),
    /** A field of the wrong type: a JSON title that is an object; a year in words in WoS / Scopus. */
    WRONG_TYPE("wrong_type", false),
    /** Every author field removed or blanked. */
    MISSING_FIELDS("missing_fields", false),
    /** The record written twice in a row (the second copy is the corrupted one: expected "merged"). */
    DUPLICATE("duplicate", false),
    /** A 10 MB title. */
    HUGE_TITLE("huge_title", false),
    /** 5,000 authors. */
    MANY_AUTHORS("many_authors", false),
    /** Control characters (U+0001, U+0007, U+001B, U+007F) inside the title; escaped in JSON, raw elsewhere. */
    CONTROL_CHARS("control_chars", false),
    /** Bytes 0xFF 0xFE inside the title. */
    INVALID_UTF8("invalid_utf8", false),
    /** Part of the title in ISO-8859-1 inside an otherwise UTF-8 record. */
    MIXED_ENCODING("mixed_encoding", false),
    /** A file cut short: plain files inside a record (the rest of the file gone), gzip files inside the stream. */
    TRUNCATED_FILE("truncated_file", true),
    /** An extra file with no bytes. */
    EMPTY_FILE("empty_file", true);

    private final String id;
    private final boolean fileLevel;

    CorruptionKind(String id, boolean fileLevel) {
        this.id = id;
        this.fileLevel = fileLevel;
    }

    public String id() {
        return id;
    }

    public boolean fileLevel() {
        return fileLevel;
    }
}
