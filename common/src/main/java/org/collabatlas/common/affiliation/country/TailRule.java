package org.collabatlas.common.affiliation.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides among the evidence of one string. Affiliations are written from the small unit to the large
 * ({@code Dept, University, City, Country}), so the evidence nearest the end wins:
 * <ol>
 *   <li>The deciding segment is the last comma-separated segment holding any evidence; but a segment holding
 *   only a weak abbreviation ({@code , MI}) is passed over when another segment names a country of another
 *   country, or a city of a country that writes two-letter province codes after its cities
 *   ({@link EvidenceFinder#TWO_LETTER_PROVINCES}), and nothing in the string, not even a city's alternate,
 *   points to the abbreviation's country ({@code Milan, MI} -> IT, while {@code Atlanta, GA},
 *   {@code Cambridge, MA} and {@code Chelmsford, MA} stay US: England has no such codes). A trailing ISO code
 *   ({@link EvidenceFinder}) is weak too and counts only when another segment points to its country
 *   ({@code Berlin, Berlin, DE}); alone it is passed over ({@code Alegrete, RS}: unknown, not Serbia).</li>
 *   <li>A city with a namesake elsewhere ({@code Cambridge}: GB, alternate US) takes the alternate when any other
 *   evidence in the string is for the alternate ({@code Harvard University, Cambridge} -> US).</li>
 *   <li>If the deciding segment's evidence points to one country, that is the answer. If it points to several,
 *   the country that other segments also point to wins ({@code Atlanta, Georgia} -> US, {@code Tbilisi,
 *   Georgia} -> GE); failing that, the strongest {@link Evidence.Rank} ({@code Georgia} alone -> GE, a country
 *   name over the US state); two countries of equal rank are a {@link UnknownReason#CONFLICT}. A name that is
 *   itself ambiguous points nowhere: in {@code Atlanta, United States, Atlanta, Georgia, Georgia} the earlier
 *   {@code Georgia} supports neither reading of the last, and {@code Atlanta} and {@code United States} make it
 *   the US state.</li>
 *   <li>Territories refined ({@link Territories}): when a country was decided by its name and the evidence
 *   right before it is one of its territories ({@code Kowloon, Hong Kong, Peoples R China}; {@code Taipa, Macau,
 *   China}; {@code San Juan, PR 00931, USA}; {@code Saint-Denis, Réunion, France}), the answer is the territory.
 *   Web of Science writes Hong Kong and Macau addresses this way; the study counts them apart.</li>
 * </ol>
 */
final class TailRule {
    private TailRule() {
    }

    /** The decision, or null when there is no evidence. */
    static CountryResult decide(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return null;
        }
        int segment = evidence.stream().mapToInt(Evidence::segment).max().orElseThrow();
        if (onlyWeakAndContradicted(evidence, segment)) {
            return decide(evidence.stream().filter(e -> e.segment() != segment).toList());
        }
        Set<String> elsewhere = new HashSet<>();
        Set<String> all = new HashSet<>();
        Set<Integer> ambiguous = ambiguousPositions(evidence);
        for (Evidence e : evidence) {
            all.add(e.code());
            if (e.segment() != segment && !ambiguous.contains(e.position())) {
                elsewhere.add(e.code());
            }
        }
        Map<String, Evidence> best = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.segment() == segment) {
                Evidence effective = withAlternate(e, all);
                best.merge(effective.code(), effective,
                        (a, b) -> b.rank().compareTo(a.rank()) <= 0 ? b : a);
            }
        }
        Evidence winner = pick(new ArrayList<>(best.values()), elsewhere);
        if (winner == null) {
            String texts = best.values().stream().map(Evidence::text).distinct().collect(Collectors.joining(" | "));
            return CountryResult.unknown(UnknownReason.CONFLICT, texts);
        }
        return refineTerritory(winner, evidence, all);
    }

    /** Positions where the same words are evidence for two countries ({@code Georgia}: GE and the US state). */
    private static Set<Integer> ambiguousPositions(List<Evidence> evidence) {
        Map<Integer, String> codeAt = new HashMap<>();
        Set<Integer> out = new HashSet<>();
        for (Evidence e : evidence) {
            String before = codeAt.putIfAbsent(e.position(), e.code());
            if (before != null && !before.equals(e.code())) {
                out.add(e.position());
            }
        }
        return out;
    }

    /**
     * The deciding segment holds only weak abbreviations; another segment names a city or a country elsewhere,
     * and no evidence in the string (not even a city's alternate) is for the abbreviation's country.
     */
    private static boolean onlyWeakAndContradicted(List<Evidence> evidence, int segment) {
        Set<String> support = new HashSet<>();
        List<Evidence> weak = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.segment() == segment) {
                if (!e.weak()) {
                    return false;
                }
                weak.add(e);
            } else {
                support.add(e.code());
                support.addAll(e.alternates());
            }
        }
        for (Evidence w : weak) {
            if (support.contains(w.code()) || !contradicted(w, evidence, segment)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An unsupported trailing ISO code is always passed over; a state abbreviation when another segment names
     * another country, or a city or postcode of {@link EvidenceFinder#TWO_LETTER_PROVINCES}.
     */
    private static boolean contradicted(Evidence w, List<Evidence> evidence, int segment) {
        if (w.method() == Method.COUNTRY_NAME) {
            return true;
        }
        for (Evidence e : evidence) {
            if (e.segment() != segment && !e.code().equals(w.code())
                    && (e.rank() == Evidence.Rank.LOCATED_COUNTRY || (e.rank() != Evidence.Rank.COUNTRY_IN_NAME
                    && EvidenceFinder.TWO_LETTER_PROVINCES.contains(e.code())))) {
                return true;
            }
        }
        return false;
    }

    private static Evidence withAlternate(Evidence e, Set<String> all) {
        for (String alt : e.alternates()) {
            if (all.contains(alt)) {
                return new Evidence(alt, e.method(), e.rank(), e.segment(), e.position(), e.text(), List.of(), e.weak());
            }
        }
        return e;
    }

    private static Evidence pick(List<Evidence> candidates, Set<String> elsewhere) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<Evidence> supported = candidates.stream().filter(e -> elsewhere.contains(e.code())).toList();
        if (supported.size() == 1) {
            return supported.get(0);
        }
        List<Evidence> pool = supported.isEmpty() ? candidates : supported;
        Evidence.Rank top = pool.stream().map(Evidence::rank).min(Enum::compareTo).orElseThrow();
        List<Evidence> strongest = pool.stream().filter(e -> e.rank() == top).toList();
        return strongest.size() == 1 ? strongest.get(0) : null;
    }

    private static CountryResult refineTerritory(Evidence winner, List<Evidence> evidence, Set<String> all) {
        if (winner.rank() == Evidence.Rank.LOCATED_COUNTRY) {
            Evidence before = null;
            for (Evidence e : evidence) {
                if (e.position() < winner.position()) {
                    before = e;
                }
            }
            Evidence region = before == null ? null : withAlternate(before, all);
            if (region != null && Territories.of(region.code(), winner.code())) {
                return CountryResult.of(region.code(), region.method(), region.text() + " ... " + winner.text());
            }
        }
        return CountryResult.of(winner.code(), winner.method(), winner.text());
    }
}
