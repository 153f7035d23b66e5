package org.collabatlas.common.affiliation.match;

import java.util.List;
import org.collabatlas.common.affiliation.country.CountryResult;

/**
 * What {@link AffiliationMatcher#match} decided for one string.
 *
 * @param candidates    the chosen institutions, best first; empty for no match
 * @param normalized    the string normalised as the matcher saw it (segments in canonical form, joined by
 *                      {@code ", "})
 * @param method        how the best institution was found, {@link MatchMethod#NONE} for no match
 * @param reason        for no match, why; null otherwise
 * @param countryResult the country the string itself gives (source field or text), by
 *                      {@link org.collabatlas.common.affiliation.country.CountryResolver}
 * @param country       the final country: {@code countryResult}'s when resolved, else the chosen institutions'
 *                      country when they agree, else null
 * @param countryMethod the lower-case method of {@code country}: a {@code CountryResolver} method, or
 *                      {@value #COUNTRY_FROM_INSTITUTION}
 * @param countryReason for an unknown country, why (lower case); null otherwise
 */
public record MatchResult(List<Candidate> candidates, String normalized, MatchMethod method, NoMatchReason reason,
        CountryResult countryResult, String country, String countryMethod, String countryReason) {
    /** The country method when the country comes from the matched institution. */
    public static final String COUNTRY_FROM_INSTITUTION = "institution_match";

    public MatchResult {
        candidates = List.copyOf(candidates);
    }

    public boolean matched() {
        return !candidates.isEmpty();
    }

    /** The best score, or 0 when nothing matched. */
    public double score() {
        return candidates.isEmpty() ? 0.0 : candidates.get(0).score();
    }

    public List<String> rorIds() {
        return candidates.stream().map(Candidate::rorId).toList();
    }
}
