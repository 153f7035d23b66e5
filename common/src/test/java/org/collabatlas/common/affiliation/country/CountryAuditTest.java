package org.collabatlas.common.affiliation.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.ingest.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The country of the audited strings of {@link CountryAudit} (skipped when {@code ../shared/data} is absent), per
 * stratum, for {@link CountryResolver} alone and for the matcher's final country. An answer is correct when it is
 * the decided country, or when there is no answer for a string whose country a reader cannot tell. The floors are
 * the figures reached (docs/affiliations.md, "Country on the shared real data: audit") minus a margin: one string
 * more wrong fails the resolver's strata; the matcher's, which another ranker may move, have a wider margin.
 */
class CountryAuditTest {
    static final double MARGIN = 0.01;
    static final double MATCHER_MARGIN = 0.02;
    static final CountryResolver RESOLVER = CountryResolver.create();

    private static Map<String, CountryAudit.Item> strings;
    private static List<CountryAudit.Gold> gold;

    /** How an answer compares with the decided country. */
    enum Outcome {
        CORRECT, WRONG_COUNTRY, MISSED, UNSUPPORTED;

        static Outcome of(String answer, String decided) {
            if (Objects.equals(answer, decided)) {
                return CORRECT;
            }
            return answer == null ? MISSED : decided == null ? UNSUPPORTED : WRONG_COUNTRY;
        }
    }

    /** Outcome counts of one stratum. */
    record Tally(int[] counts) {
        Tally() {
            this(new int[Outcome.values().length]);
        }

        int total() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }

        double accuracy() {
            return (double) counts[Outcome.CORRECT.ordinal()] / total();
        }

        @Override
        public String toString() {
            return String.format("n=%d correct=%d wrong_country=%d missed=%d unsupported=%d accuracy=%.4f", total(),
                    counts[0], counts[1], counts[2], counts[3], accuracy());
        }
    }

    @BeforeAll
    static void load() {
        strings = CountryAudit.strings();
        gold = CountryAudit.gold();
    }

    @Test
    void theFixtureIsTheDrawOfTheSharedData() {
        assertTrue(gold.size() >= 300, "audited strings: " + gold.size());
        for (CountryAudit.Gold g : gold) {
            assertTrue(strings.containsKey(g.key()), () -> "audited key " + g.key() + " is not in the shared data");
        }
        assertEquals(gold.size(), gold.stream().map(CountryAudit.Gold::key).distinct().count(), "duplicate keys");
    }

    /** Per stratum and overall ({@code all}), printing each miss. */
    static Map<String, Tally> score(String label, BiFunction<String, String, String> country) {
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (CountryAudit.Gold g : gold) {
            CountryAudit.Item item = strings.get(g.key());
            String answer = country.apply(item.raw(), item.rawCountry());
            Outcome o = Outcome.of(answer, g.country());
            tallies.computeIfAbsent(g.stratum(), k -> new Tally()).counts()[o.ordinal()]++;
            tallies.computeIfAbsent("all", k -> new Tally()).counts()[o.ordinal()]++;
            if (o != Outcome.CORRECT) {
                misses.add(o + " " + g.stratum() + " " + g.key() + ": " + answer + " (decided " + g.country()
                        + ") <- " + item.raw() + " / " + item.rawCountry());
            }
        }
        System.out.println("== country audit, " + label);
        tallies.forEach((k, v) -> System.out.println(String.format("%-13s %s", k, v)));
        misses.forEach(m -> System.out.println("  " + m));
        return tallies;
    }

    static void atLeast(Map<String, Tally> tallies, String stratum, double reached, double margin) {
        Tally t = tallies.get(stratum);
        assertTrue(t.accuracy() >= reached - margin, stratum + ": " + t + " fell below " + reached + " - " + margin);
    }

    /** The resolver alone; it cannot know the country of a string without a place ({@code unknown} stratum). */
    @Test
    void resolverOnTheAudit() {
        Map<String, Tally> t = score("CountryResolver", (raw, rc) -> RESOLVER.resolve(raw, rc).code());
        for (String stratum : List.of("raw_country", "country_name", "us_state", "province", "postcode",
                "institution")) {
            atLeast(t, stratum, 1.0, MARGIN);
        }
        // the one miss: a company lab in Cambridge (MA) read as the English city
        atLeast(t, "city", 0.9833, MARGIN);
        atLeast(t, "all", 0.8757, MARGIN);
    }

    /** The matcher's final country: the string's own, else the matched institution's (one ROR load, ~14 s). */
    @Test
    void matcherFinalCountryOnTheAudit() {
        AffiliationMatcher matcher = org.collabatlas.common.affiliation.PartialRor.learned();
        Map<String, Tally> t = score("AffiliationMatcher final country", (raw, rc) -> matcher.match(raw, rc).country());
        for (String stratum : List.of("raw_country", "country_name", "us_state", "province", "postcode",
                "institution")) {
            atLeast(t, stratum, 1.0, MARGIN);
        }
        atLeast(t, "city", 0.9833, MARGIN);
        // strings without any place: the institution's country; 17 of 60 find no institution, 8 a wrong one
        atLeast(t, "unknown", 0.5833, 0.05);
        atLeast(t, "all", 0.9297, MATCHER_MARGIN);
    }
}
