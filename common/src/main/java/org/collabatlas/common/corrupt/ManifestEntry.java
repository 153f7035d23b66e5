package org.collabatlas.common.corrupt;

/**
 * One line of the ground-truth manifest: a corrupted unit and what ingest should make of it.
 *
 * @param file     the file, relative to the corrupted corpus's root ({@code /}-separated)
 * @param locator  the unit's locator as ingest reports it ({@code line 12}, {@code file}, {@code after unit 40})
 * @param source   the format id
 * @param sourceId the record's source id before corruption (empty for file-level units)
 * @param kind     what was done
 * @param expected a {@link org.collabatlas.common.record.ReasonCode} code, {@link #ACCEPTED} (harmless),
 *                 {@link #MERGED} (a duplicate of a clean record) or {@link #LOST} (beyond the break of a truncated
 *                 compressed file: never read, so never counted)
 */
public record ManifestEntry(String file, String locator, String source, String sourceId, CorruptionKind kind,
                            String expected) {
    public static final String ACCEPTED = "accepted";
    public static final String MERGED = "merged";
    public static final String LOST = "lost";
    public static final String HEADER = "file\tlocator\tsource\tsource_id\tkind\texpected";

    public ManifestEntry withExpected(String e) {
        return new ManifestEntry(file, locator, source, sourceId, kind, e);
    }

    /** Tab-separated; tabs and line breaks in the fields (none are expected) become spaces. */
    public String toTsv() {
        return String.join("\t", clean(file), clean(locator), clean(source), clean(sourceId), kind.id(),
                clean(expected));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\t\r\n]", " ");
    }
}
