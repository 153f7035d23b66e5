package org.collabatlas.common.record;

/** What a parser emits for each input unit: an accepted-so-far record, or a reject. */
public sealed interface ParseOutput permits SourceRecord, Reject {
    /** The source format id, e.g. {@code wos}. */
    String source();

    /** The file the unit came from (as the FileSystem names it). */
    String sourceFile();

    /** Where in the file: {@code line 12}, {@code record 3}, {@code file}. */
    String locator();
}
