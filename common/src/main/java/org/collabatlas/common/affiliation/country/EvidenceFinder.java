package org.collabatlas.common.affiliation.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the names found in a string into {@link Evidence}, applying the position rules:
 * <ul>
 *   <li>A country name is {@link Evidence.Rank#LOCATED_COUNTRY} when it ends its clause (it is followed by a comma,
 *   a bracket or the end, possibly after a postcode made of digits); otherwise it is part of a longer name and
 *   only {@link Evidence.Rank#COUNTRY_IN_NAME} ({@code Korea Advanced Institute}), and names marked
 *   {@code located} ({@code Jordan}, {@code Israel}, {@code Georgia}) are then ignored. A Han / Kana / Hangul
 *   name followed by more such characters ({@code 中国科学院}) is inside a longer name.</li>
 *   <li>A state or province name counts anywhere ({@code University of Michigan}).</li>
 *   <li>A postal abbreviation ({@code MI}, {@code ON}, {@code NSW}) counts only in an address slot: followed by
 *   its country's postcode (US and its territories: 5 digits; Canada: {@code A9A 9A9}; Australia: 4 digits),
 *   alone in its segment, followed by its country's name ({@code CA USA}), or ending its segment right after a
 *   city ({@code Cambridge MA}, {@code Palo Alto CA}, {@code London ON}; not after a city of a country that
 *   writes its own two-letter province codes after the city, {@link #TWO_LETTER_PROVINCES}: {@code Milano MI},
 *   nor when the letters are the city's own country code: {@code Munich DE}, {@code Toronto CA}).
 *   It must be written in capitals, or at least capitalised before a postcode ({@code Qld 4072}). Abbreviations
 *   marked {@code postcode} ({@code WA}, {@code SA}, {@code NT} in Australia; {@code VI} and {@code AS}, which
 *   are also a Roman numeral and a Norwegian company suffix) need the postcode. Alone in its segment it is
 *   {@link Evidence#weak()}.</li>
 *   <li>A two-letter ISO 3166-1 code in capitals that is the whole last segment of a string of several segments
 *   (the ACM DL's {@code city, region, code}: {@code Norwich, Norfolk, GB}; {@code Berlin, Berlin, DE}) is
 *   {@link Evidence#weak()} evidence of rank {@link Evidence.Rank#COUNTRY_IN_NAME} for that country: it counts
 *   only when other segments point to the same country ({@link TailRule}), because the same letters are the
 *   state or province codes of the US ({@code Newark, DE}), Brazil ({@code Alegrete, RS} is Rio Grande do Sul,
 *   not Serbia) or Italy ({@code Sassari, SS}). Then it settles the country against a region word or a state
 *   ({@code Berlin, Berlin, DE} -> DE, not Delaware).</li>
 *   <li>Country abbreviations marked {@code upper} ({@code US}, {@code UK}, {@code PRC}) count only when they end
 *   their clause exactly, never inside a name: the French {@code US 1426} (a service unit) is no country.</li>
 *   <li>A European postcode with a country prefix ({@code D-42119}, {@code I-20133}, {@code CH-8092}) counts as
 *   that country ({@link PrefixedPostcode}).</li>
 *   <li>A Canadian postcode ({@code K1A 0B1}) counts by itself: no other country writes letter-digit-letter
 *   digit-letter-digit.</li>
 * </ul>
 */
final class EvidenceFinder {
    /**
     * Countries whose addresses put a two-letter province or state code after the city, codes that are often
     * also USPS abbreviations: Italy ({@code Milano, MI}; {@code Cagliari, CA}), Brazil ({@code Belém, PA}),
     * Colombia ({@code Bogota, DC}), India ({@code Pune, MS}; {@code Chennai, TN}). A lone abbreviation yields to
     * their cities and postcodes ({@link TailRule}).
     */
    static final Set<String> TWO_LETTER_PROVINCES = Set.of("IT", "BR", "CO", "IN");
    private static final Set<String> COUNTRY_WORDS = Set.of("usa", "us", "canada", "australia");
    /** Countries and territories that write US ZIP codes. */
    private static final Set<String> ZIP = Set.of("US", "PR", "GU", "VI", "AS", "MP");

    private final PhraseTrie trie;
    private final Set<String> isoCodes;

    EvidenceFinder(PhraseTrie trie, Set<String> isoCodes) {
        this.trie = trie;
        this.isoCodes = isoCodes;
    }

    List<Evidence> find(AffiliationText t) {
        List<Token> tokens = t.tokens();
        List<Evidence> out = new ArrayList<>();
        PhraseTrie.Match previous = null;
        for (PhraseTrie.Match m : trie.find(tokens)) {
            String text = t.text().substring(tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
            boolean afterCity = previous != null && previous.end() == m.start()
                    && !tokens.get(previous.end() - 1).clauseEnd() && cityOutsideProvinceCountries(previous)
                    && !previous.places().get(0).code().equalsIgnoreCase(tokens.get(m.start()).text());
            for (Place p : m.places()) {
                Evidence e = evidence(p, tokens, m, text, afterCity);
                if (e != null) {
                    out.add(e);
                }
            }
            previous = m;
        }
        trailingIsoCode(t, out);
        for (int i = 0; i < tokens.size(); i++) {
            int length = canadianPostcodeAt(tokens, i);
            if (length > 0) {
                Token a = tokens.get(i);
                out.add(new Evidence("CA", Method.POSTCODE, Evidence.Rank.SUBDIVISION, a.segment(), i,
                        t.text().substring(a.begin(), tokens.get(i + length - 1).end())));
            }
        }
        PrefixedPostcode.find(t, out);
        out.sort((x, y) -> Integer.compare(x.position(), y.position()));
        return out;
    }

    private static Method method(Place p) {
        return switch (p.kind()) {
            case COUNTRY -> Method.COUNTRY_NAME;
            case US_STATE -> Method.US_STATE;
            case PROVINCE -> Method.PROVINCE;
            case CITY -> Method.CITY;
            case INSTITUTION -> Method.INSTITUTION;
        };
    }

    /** The match is a city, and not one of a country of {@link #TWO_LETTER_PROVINCES}. */
    private static boolean cityOutsideProvinceCountries(PhraseTrie.Match m) {
        boolean city = false;
        for (Place p : m.places()) {
            if (p.kind() == Place.Kind.CITY) {
                city = true;
                if (TWO_LETTER_PROVINCES.contains(p.code())
                        || p.alternates().stream().anyMatch(TWO_LETTER_PROVINCES::contains)) {
                    return false;
                }
            }
        }
        return city;
    }

    /** The ISO code that is the whole last segment of a string of several segments; see the class comment. */
    private void trailingIsoCode(AffiliationText t, List<Evidence> out) {
        List<Token> tokens = t.tokens();
        int last = tokens.size() - 1;
        if (last < 1) {
            return;
        }
        Token code = tokens.get(last);
        if (code.segment() == 0 || tokens.get(last - 1).segment() == code.segment() || !code.upper()
                || code.text().length() != 2 || code.digits()) {
            return;
        }
        String iso = code.text().toUpperCase(Locale.ROOT);
        iso = iso.equals("UK") ? "GB" : iso;
        if (!isoCodes.contains(iso)) {
            return;
        }
        for (Evidence e : out) {
            if (e.position() == last && e.code().equals(iso)) {
                return;
            }
        }
        String text = t.text().substring(code.begin(), code.end());
        out.add(new Evidence(iso, Method.COUNTRY_NAME, Evidence.Rank.COUNTRY_IN_NAME, code.segment(), last, text,
                List.of(), true));
    }

    private static Evidence evidence(Place p, List<Token> tokens, PhraseTrie.Match m, String text,
            boolean afterCity) {
        int segment = tokens.get(m.start()).segment();
        Evidence.Rank rank;
        boolean weak = false;
        switch (p.kind()) {
            case COUNTRY:
                if (p.upperOnly() ? tokens.get(m.end() - 1).clauseEnd() : endsClause(tokens, m.end() - 1)) {
                    rank = Evidence.Rank.LOCATED_COUNTRY;
                } else if (p.locatedOnly() || p.upperOnly()) {
                    return null;
                } else {
                    rank = Evidence.Rank.COUNTRY_IN_NAME;
                }
                break;
            case US_STATE:
            case PROVINCE:
                rank = Evidence.Rank.SUBDIVISION;
                if (p.slot() || p.postcodeOnly()) {
                    Token abbr = tokens.get(m.start());
                    boolean postcode = postcodeFollows(p.code(), tokens, m.end());
                    if (!(abbr.upper() || (abbr.capital() && postcode))) {
                        return null;
                    }
                    if (!postcode) {
                        Slot slot = p.postcodeOnly() ? Slot.NONE : slot(p.code(), tokens, m, afterCity);
                        if (slot == Slot.NONE) {
                            return null;
                        }
                        weak = slot == Slot.ALONE;
                    }
                }
                break;
            default:
                rank = Evidence.Rank.CITY;
        }
        return new Evidence(p.code(), method(p), rank, segment, m.start(), text, p.alternates(), weak);
    }

    /** The token ends its clause, or only digits follow it up to the end of the clause. */
    static boolean endsClause(List<Token> tokens, int last) {
        Token t = tokens.get(last);
        if (t.clauseEnd()) {
            return true;
        }
        if (t.cjk()) {
            return last + 1 < tokens.size() && !tokens.get(last + 1).cjk()
                    && endsClauseAfterDigits(tokens, last + 1);
        }
        return endsClauseAfterDigits(tokens, last + 1);
    }

    private static boolean endsClauseAfterDigits(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.digits()) {
                return false;
            }
            if (t.clauseEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Where an abbreviation without postcode stands. */
    private enum Slot { NONE, ALONE, BEFORE_COUNTRY, AFTER_CITY }

    private static Slot slot(String code, List<Token> tokens, PhraseTrie.Match m, boolean afterCity) {
        int segment = tokens.get(m.start()).segment();
        if (m.end() < tokens.size()) {
            Token next = tokens.get(m.end());
            if (next.segment() == segment && COUNTRY_WORDS.contains(next.text())
                    && countryWordMatches(code, next.text())) {
                return Slot.BEFORE_COUNTRY;
            }
        }
        boolean aloneBefore = m.start() == 0 || tokens.get(m.start() - 1).segment() != segment;
        if (!tokens.get(m.end() - 1).clauseEnd()) {
            return Slot.NONE;
        }
        return aloneBefore ? Slot.ALONE : afterCity ? Slot.AFTER_CITY : Slot.NONE;
    }

    private static boolean countryWordMatches(String code, String word) {
        return switch (ZIP.contains(code) ? "US" : code) {
            case "US" -> word.equals("usa") || word.equals("us");
            case "CA" -> word.equals("canada");
            case "AU" -> word.equals("australia");
            default -> false;
        };
    }

    private static boolean postcodeFollows(String code, List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).segment() != tokens.get(at - 1).segment()) {
            return false;
        }
        String next = tokens.get(at).text();
        return switch (ZIP.contains(code) ? "US" : code) {
            case "US" -> next.length() == 5 && tokens.get(at).digits();
            case "AU" -> next.length() == 4 && tokens.get(at).digits();
            case "CA" -> canadianPostcodeAt(tokens, at) > 0;
            default -> false;
        };
    }

    /** Number of tokens (1 or 2) of a Canadian postcode starting at {@code i}, or 0. */
    static int canadianPostcodeAt(List<Token> tokens, int i) {
        Token a = tokens.get(i);
        if (!a.upper()) {
            return 0;
        }
        String s = a.text();
        if (s.length() == 6 && ldl(s, 0) && dld(s, 3)) {
            return 1;
        }
        if (s.length() == 3 && ldl(s, 0) && i + 1 < tokens.size()) {
            Token b = tokens.get(i + 1);
            String u = b.text();
            return b.segment() == a.segment() && u.length() == 3 && dld(u, 0) && b.upper() ? 2 : 0;
        }
        return 0;
    }

    private static boolean ldl(String s, int at) {
        return letter(s.charAt(at)) && digit(s.charAt(at + 1)) && letter(s.charAt(at + 2));
    }

    private static boolean dld(String s, int at) {
        return digit(s.charAt(at)) && letter(s.charAt(at + 1)) && digit(s.charAt(at + 2));
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
