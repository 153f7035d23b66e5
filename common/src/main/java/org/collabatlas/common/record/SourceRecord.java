package org.collabatlas.common.record;

import java.util.List;

/**
 * One paper as one source describes it, before validation and cross-source merging.
 *
 * @param source      format id ({@code ieee-xplore-api}, {@code acm-dl}, {@code wos}, {@code scopus}, {@code openalex})
 * @param sourceFile  file it came from
 * @param locator     position in the file
 * @param sourceId    the source's record id (IEEE article_number, WoS UT, Scopus EID, OpenAlex id, ACM DOI)
 * @param doi         normalised DOI ({@link org.collabatlas.common.ingest.Normalize#doi}) or null
 * @param title       title or null
 * @param year        publication year or null; {@link #yearText} keeps what the source wrote when it is not a number
 * @param yearText    the raw year field when it could not be read as a number, else null
 * @param venue       journal / proceedings title or null
 * @param contentType e.g. {@code Journals}, {@code Conferences}, {@code Article}; or null
 * @param keywords    keywords in source order
 * @param authors     authors in by-line order
 * @param excerpt     bounded raw text of the record, kept for a reject that validation may still decide
 */
public record SourceRecord(String source, String sourceFile, String locator, String sourceId, String doi,
                           String title, Integer year, String yearText, String venue, String contentType,
                           List<Keyword> keywords, List<AuthorRecord> authors, String excerpt)
        implements ParseOutput {
    public SourceRecord {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
