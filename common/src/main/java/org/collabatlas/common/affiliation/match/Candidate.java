package org.collabatlas.common.affiliation.match;

/**
 * One institution chosen for an affiliation string.
 *
 * @param rorId   the ROR id in URL form
 * @param name    the ROR display name
 * @param country ISO alpha-2 code of the institution (null when ROR gives none)
 * @param score   the match score in [0, 1] (see {@link AffiliationMatcher})
 */
public record Candidate(String rorId, String name, String country, double score) {
}
