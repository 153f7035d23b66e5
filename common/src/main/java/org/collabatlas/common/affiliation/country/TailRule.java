package org.collabatlas.common.affiliation.country;

import java.util.ArrayList;
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
 *   only a weak abbreviation ({@code , MI}) is passed over when another segment names a city or country of
 *   another country and nothing in the string, not even a city's alternate, points to its own
 *   ({@code Milan, MI} -> IT, while {@code Atlanta, GA} and {@code Cambridge, MA} stay US).</li>
 *   <li>A city with a namesake elsewhere ({@code Cambridge}: GB, alternate US) takes the alternate when any other
 *   evidence in the string is for the alternate ({@code Harvard University, Cambridge} -> US).</li>
 *   <li>If the deciding segment's evidence points to one country, that is the answer. If it points to several,
 *   the country that other segments also point to wins ({@code Atlanta, Georgia} -> US, {@code Tbilisi,
 *   Georgia} -> GE); failing that, the strongest {@link Evidence.Rank} ({@code Georgia} alone -> GE, a country
 *   name over the US state); two countries of equal rank are a {@link UnknownReason#CONFLICT}.</li>
 *   <li>China refined: when CN was decided by a country name and the evidence right before it is Hong Kong,
 *   Macau or Taiwan ({@code Kowloon, Hong Kong, Peoples R China}; {@code Taipa, Macau, China}), the answer is
 *   that region. Web of Science writes Hong Kong and Macau addresses this way; the study counts them apart.</li>
 * </ol>
 */
final class TailRule {
    static final Set<String> REGIONS_OF_CN = Set.of("HK", "MO", "TW");

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
        for (Evidence e : evidence) {
            all.add(e.code());
            if (e.segment() != segment) {
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
        return refineChina(winner, evidence);
    }

    /**
     * The deciding segment holds only weak abbreviations; another segment names a city or a country elsewhere,
     * and no evidence in the string (not even a city's alternate) is for the abbreviation's country.
     */
    private static boolean onlyWeakAndContradicted(List<Evidence> evidence, int segment) {
        Set<String> weakCodes = new HashSet<>();
        Set<String> support = new HashSet<>();
        Set<String> contradicting = new HashSet<>();
        for (Evidence e : evidence) {
            if (e.segment() == segment) {
                if (!e.weak()) {
                    return false;
                }
                weakCodes.add(e.code());
            } else {
                support.add(e.code());
                support.addAll(e.alternates());
                if (e.rank() == Evidence.Rank.CITY || e.rank() == Evidence.Rank.LOCATED_COUNTRY) {
                    contradicting.add(e.code());
                }
            }
        }
        contradicting.removeAll(weakCodes);
        return !contradicting.isEmpty() && weakCodes.stream().noneMatch(support::contains);
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

    private static CountryResult refineChina(Evidence winner, List<Evidence> evidence) {
        if (winner.code().equals("CN") && winner.rank() == Evidence.Rank.LOCATED_COUNTRY) {
            Evidence before = null;
            for (Evidence e : evidence) {
                if (e.position() < winner.position()) {
                    before = e;
                }
            }
            if (before != null && REGIONS_OF_CN.contains(before.code())) {
                return CountryResult.of(before.code(), before.method(), before.text() + " ... " + winner.text());
            }
        }
        return CountryResult.of(winner.code(), winner.method(), winner.text());
    }
}
