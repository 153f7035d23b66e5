package org.collabatlas.common.generate;

import java.util.List;

/**
 * One generated paper with its ground truth.
 *
 * @param index          the paper's index 0..N-1 in the corpus (all its randomness derives from seed and index)
 * @param doi            the DOI, shared by both copies of a paper published in both formats
 * @param title          invented title
 * @param year           2016-2022
 * @param venue          a venue of its primary category
 * @param journal        journal (true) or conference (false)
 * @param ieee           published as an IEEE Xplore record
 * @param acm            published as an ACM DL record (both: a duplicate across the formats, same DOI)
 * @param categories     true ICT categories, primary first
 * @param ieeeTerms      IEEE index terms
 * @param authorTerms    author keywords
 * @param authors        authors in order
 * @param countries      distinct true countries of the authors, lead country first
 */
public record SyntheticPaper(long index, String doi, String title, int year, String venue, boolean journal,
                             boolean ieee, boolean acm, List<Category> categories, List<String> ieeeTerms,
                             List<String> authorTerms, List<Author> authors, List<String> countries) {

    /** International: authors in at least two countries. */
    public boolean international() {
        return countries.size() > 1;
    }

    /**
     * An author.
     *
     * @param position      1-based order
     * @param name          invented name
     * @param id            IEEE-style author id
     * @param affiliations  one or more; the ACM DL copy carries only the first
     */
    public record Author(int position, String name, long id, List<Affiliation> affiliations) {
    }

    /**
     * One affiliation of an author, with its truth.
     *
     * @param text     the (messy) string as written in the record
     * @param rorId    the true institution's ROR id, or null for an institution no gazetteer holds
     * @param country  the true country (ISO alpha-2)
     * @param institution the true institution's {@link SyntheticInstitution#key}: the ROR id, or the identity of an
     *                 invented institution
     */
    public record Affiliation(String text, String rorId, String country, String institution) {
    }
}
