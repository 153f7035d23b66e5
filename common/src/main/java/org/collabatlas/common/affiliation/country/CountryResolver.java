package org.collabatlas.common.affiliation.country;

import java.util.List;
import java.util.Set;

/**
 * The country (ISO 3166-1 alpha-2; a territory with a code of its own under that code: Hong Kong HK, Macau MO,
 * Taiwan TW, Puerto Rico PR, Réunion RE..., see {@link Territories}) of an affiliation string. Build once with {@link #create()} and share: it is immutable and thread-safe.
 *
 * <p>Rules, strongest first. The first rule that gives an answer decides.
 * <ol>
 *   <li><b>raw_country</b>: the separate country field ({@link RawCountry}: ISO codes, {@code ;}-joined, or a
 *   country name such as {@code Peoples R China}). One country: the answer, except that a sovereign state becomes its
 *   territory when the string itself resolves to it ({@code Hong Kong Univ Sci & Technol, Hong Kong} with
 *   {@code Peoples R China}; {@code Univ Puerto Rico, Mayaguez, PR 00681} with {@code USA}). Several countries: the one the string resolves to, else {@code conflict}.
 *   The field is trusted over the string: a field that names a country outside the string's answer wins.</li>
 *   <li><b>Garbage</b>: blank -> {@code empty}; no letters, a placeholder ({@code N/A}, {@code none}), only a
 *   URL / e-mail, or longer than {@value #MAX_LENGTH} characters -> {@code garbage}.</li>
 *   <li><b>Places in the string</b> ({@link EvidenceFinder}, decided by {@link TailRule}): the last
 *   comma-separated segment holding any place decides, so {@code Chinese University of Hong Kong, Shenzhen} is
 *   CN and {@code China Medical University, Taichung, Taiwan} TW. Inside that segment the ranks are
 *   <ol type="a">
 *     <li>a country name or variant that ends its clause ({@code country_name}; {@code University of Hong Kong}
 *     -> HK; {@code Korea} alone is KR);</li>
 *     <li>a state / province name anywhere, or a postal abbreviation in an address slot ({@code us_state},
 *     {@code province}: {@code Ann Arbor, MI 48109}, {@code CA 94305 USA}, {@code NSW 2006}), or a Canadian
 *     postcode ({@code postcode});</li>
 *     <li>a city or a listed institution ({@code city}, {@code institution}: {@code Seoul}, {@code Harvard});</li>
 *     <li>a country name inside a longer name ({@code country_name}: {@code Korea Advanced Institute of
 *     Science}); {@code Jordan}, {@code Israel}, {@code Georgia}, {@code Chad}... never count this way
 *     ({@code Jordan Hall}, {@code Beth Israel}).</li>
 *   </ol>
 *   Evidence for one country in other segments breaks ties in the deciding segment; equal-rank evidence for two
 *   countries is a {@code conflict}.</li>
 *   <li><b>script</b> ({@link ScriptRule}), only when no place was found: mostly Hangul -> KR, Kana -> JP; Han only
 *   -> unknown ({@code ambiguous_script}).</li>
 *   <li>Else unknown, {@code no_country_evidence}.</li>
 * </ol>
 *
 * <p>Ambiguous names, as decided here:
 * <ul>
 *   <li>{@code Georgia} is the country GE and the US state. As a clause of its own it is GE unless the string has
 *   US evidence elsewhere ({@code Tbilisi, Georgia} -> GE, {@code Atlanta, Georgia} -> US, {@code Georgia} alone
 *   -> GE); inside a name it is the US state ({@code Georgia State University}); {@code Georgia Institute of
 *   Technology}, {@code Georgia Tech} and {@code University of Georgia} are listed institutions (US).</li>
 *   <li>Two-letter capitals in the string are only read as US states / Canadian provinces / Australian states in
 *   an address slot ({@code GA 30332}, {@code , GA,}, {@code Cambridge MA}); an ISO code only as the whole last
 *   segment ({@code Norwich, Norfolk, GB}), and where it is also a state there ({@code DE}, {@code CA},
 *   {@code IN}) only when the rest of the string points to its country ({@code Berlin, Berlin, DE} -> DE,
 *   {@code Newark, DE} -> US).</li>
 *   <li>A place name inside a listed institution's name is no evidence of its own (names are matched
 *   leftmost-longest): {@code University of Canterbury} is NZ, not the English city.</li>
 *   <li>Cities with research namesakes carry alternates: {@code Cambridge} is GB unless the string has US
 *   evidence ({@code Cambridge, MA} -> US by the state, which ranks above the city; {@code MIT, Cambridge} ->
 *   US); {@code Paris} is FR, {@code Paris, TX} US; {@code London} GB, {@code London, ON} CA.</li>
 * </ul>
 *
 * <p>Matching ({@link AffiliationText}): NFKC, lower case, Latin accents removed, punctuation to spaces,
 * {@code &} = {@code and}; names are whole word sequences in a trie ({@link PhraseTrie}), so {@code Indiana} is
 * not {@code India} and {@code New Mexico} is not {@code Mexico}. The tables are the readable TSV files of
 * {@value PlaceTable#RESOURCE_DIR}.
 */
public final class CountryResolver {
    /** Longer strings are not affiliations (a pasted abstract, random bytes); they are {@code garbage}. */
    public static final int MAX_LENGTH = 2000;

    private static final Set<String> PLACEHOLDERS = Set.of("n a", "na", "none", "null", "nil", "unknown",
            "not available", "not applicable", "no affiliation", "tbd", "x");

    private final EvidenceFinder finder;
    private final RawCountry raw;

    private CountryResolver(PlaceTable table) {
        this.finder = new EvidenceFinder(table.trie(), table.isoCodes());
        this.raw = new RawCountry(table, finder);
    }

    /** Loads the place tables from the classpath (a few milliseconds); fails if one is missing or malformed. */
    public static CountryResolver create() {
        return new CountryResolver(PlaceTable.load());
    }

    /**
     * @param affiliation the affiliation string, may be null
     * @param rawCountry  the source's separate country field, may be null
     */
    public CountryResult resolve(String affiliation, String rawCountry) {
        boolean tooLong = affiliation != null && affiliation.length() > MAX_LENGTH;
        AffiliationText text = tooLong ? AffiliationText.of("") : AffiliationText.of(affiliation);
        Set<String> fromField = raw.codes(rawCountry);
        if (!fromField.isEmpty()) {
            return fromField(fromField, rawCountry, text);
        }
        if (affiliation == null || affiliation.isBlank()) {
            return CountryResult.unknown(UnknownReason.EMPTY, null);
        }
        if (tooLong || text.letters() == 0 || isPlaceholder(text)) {
            return CountryResult.unknown(UnknownReason.GARBAGE, tooLong ? null : affiliation);
        }
        CountryResult r = TailRule.decide(finder.find(text));
        if (r == null) {
            r = ScriptRule.apply(text);
        }
        return r != null ? r : CountryResult.unknown(UnknownReason.NO_COUNTRY_EVIDENCE, null);
    }

    private CountryResult fromField(Set<String> codes, String rawCountry, AffiliationText text) {
        CountryResult fromString = TailRule.decide(finder.find(text));
        String s = fromString != null && fromString.resolved() ? fromString.code() : null;
        if (codes.size() == 1) {
            String code = codes.iterator().next();
            if (s != null && Territories.of(s, code)) {
                return fromString;
            }
            return CountryResult.of(code, Method.RAW_COUNTRY, rawCountry.strip());
        }
        if (s != null && codes.contains(s)) {
            return fromString;
        }
        return CountryResult.unknown(UnknownReason.CONFLICT, rawCountry.strip());
    }

    private static boolean isPlaceholder(AffiliationText text) {
        List<Token> tokens = text.tokens();
        if (tokens.size() > 3) {
            return false;
        }
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            key.append(key.length() == 0 ? "" : " ").append(t.text());
        }
        return PLACEHOLDERS.contains(key.toString());
    }
}
