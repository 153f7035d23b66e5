package org.collabatlas.common.record;

import java.util.List;

/**
 * One author of a paper.
 *
 * @param position       1-based order in the by-line
 * @param name           the name as written (may be {@code Surname, Initials} or {@code Given Surname})
 * @param sourceAuthorId the source's own author id (IEEE {@code id}, ACM {@code acmid}, OpenAlex author id), or null
 * @param orcid          bare ORCID iD ({@code 0000-0002-1825-0097}) or null
 * @param affiliations   all affiliations in source order; empty when the source gives none
 */
public record AuthorRecord(int position, String name, String sourceAuthorId, String orcid,
                           List<AffiliationRecord> affiliations) {
    public AuthorRecord {
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }
}
