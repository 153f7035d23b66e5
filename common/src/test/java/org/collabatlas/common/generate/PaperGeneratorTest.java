package org.collabatlas.common.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabatlas.common.affiliation.country.CountryResolver;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.ingest.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator against its calibration at N = 100,000: shares and ratios computed from the generated papers'
 * true countries (full counting, as the study counts) compared with the targets of {@link CountryCalibration}
 * (the study's Asian table and the rest-of-world assumption).
 */
class PaperGeneratorTest {
    static final int N = 100_000;
    static CountryCalibration calibration;
    static Map<String, long[]> byCountry = new HashMap<>();
    static long international;
    static long authors;
    static int[] byYear = new int[7];
    static Map<Category, Long> primary = new HashMap<>();
    static long duplicated;
    static long acmOnly;

    @BeforeAll
    static void generate() {
        calibration = CountryCalibration.study();
        CorpusSpec spec = new CorpusSpec(N, 42, List.of(SourceFormat.IEEE_XPLORE_API, SourceFormat.ACM_DL), 0.05,
                0.3, false, 10_000, "shipped");
        PaperGenerator g = new PaperGenerator(spec, calibration, Gazetteer.shipped());
        for (long i = 0; i < N; i++) {
            SyntheticPaper p = g.generate(i);
            Set<String> cs = new HashSet<>();
            for (SyntheticPaper.Author a : p.authors()) {
                for (SyntheticPaper.Affiliation af : a.affiliations()) {
                    cs.add(af.country());
                }
            }
            assertEquals(Set.copyOf(p.countries()), cs, "countries of paper " + i);
            for (String c : cs) {
                long[] n = byCountry.computeIfAbsent(c, k -> new long[2]);
                n[0]++;
                if (cs.size() > 1) {
                    n[1]++;
                }
            }
            international += p.international() ? 1 : 0;
            authors += p.authors().size();
            byYear[p.year() - 2016]++;
            primary.merge(p.categories().get(0), 1L, Long::sum);
            duplicated += p.ieee() && p.acm() ? 1 : 0;
            acmOnly += !p.ieee() && p.acm() ? 1 : 0;
        }
    }

    @Test
    void aboutTwoHundredFortyFiveCountries() {
        assertEquals(245, calibration.size());
        assertEquals(calibration.size(), new HashSet<>(calibration.codes()).size());
        double lead = 0;
        for (double w : calibration.leadWeights()) {
            lead += w;
        }
        assertEquals(1.0, lead, 1e-9, "lead weights are a distribution");
    }

    @Test
    void internationalShareIsTheStudys() {
        // binomial standard error at N = 100,000 is 0.0012
        assertEquals(0.191, international / (double) N, 0.006);
    }

    @Test
    void countryPapersAndRatiosFollowTheAsianTable() {
        // tolerances: a few binomial standard errors (ratio SE at 1,000 papers is 0.015) plus the model's own
        // approximation (partners drawn without the lead and without repetition)
        for (String code : List.of("CN", "IN", "JP", "KR", "AU", "TW", "SG", "HK", "ID", "IR", "TR", "MY", "SA")) {
            int c = calibration.indexOf(code);
            double expected = calibration.targetPapers(c) * N;
            long[] got = byCountry.get(code);
            assertEquals(expected, got[0], 0.08 * expected + 60, code + " papers");
            assertEquals(calibration.targetRatio(c), got[1] / (double) got[0], expected > 2000 ? 0.03 : 0.05,
                    code + " ratio");
        }
        // the study's own figures, through the calibration: China 571,656 of 1,772,843 papers, ratio 0.213
        assertEquals(571656.0 / 1772843 * N, byCountry.get("CN")[0], 0.03 * 571656.0 / 1772843 * N);
        assertEquals(0.213, byCountry.get("CN")[1] / (double) byCountry.get("CN")[0], 0.015);
        assertEquals(0.204, byCountry.get("JP")[1] / (double) byCountry.get("JP")[0], 0.02);
    }

    @Test
    void mostCountriesAppearAlready() {
        assertTrue(byCountry.size() > 110, "countries seen in 100k papers: " + byCountry.size());
    }

    @Test
    void yearsGrowAndFormatsSplitAsConfigured() {
        for (int y = 1; y < 7; y++) {
            assertTrue(byYear[y] > byYear[y - 1] * 0.99, "year " + (2016 + y) + " grows");
        }
        assertEquals(1.08 * 1.08 * 1.08 * 1.08 * 1.08 * 1.08, byYear[6] / (double) byYear[0], 0.1);
        assertEquals(0.05, duplicated / (double) N, 0.004);
        assertEquals(0.30, acmOnly / (double) N, 0.006);
        assertEquals(Category.AI.share(), primary.get(Category.AI) / (double) N, 0.006);
        assertTrue(authors / (double) N > 3.8 && authors / (double) N < 5, "authors per paper " + authors / (double) N);
    }

    /**
     * The country rules read most generated strings right (missing countries, acronyms alone and native names
     * without a place are not always resolvable, on purpose), and never read a wrong country often.
     */
    @Test
    void generatedAffiliationsAreMostlyResolvableByTheCountryRules() {
        CorpusSpec spec = new CorpusSpec(5000, 7, List.of(SourceFormat.IEEE_XPLORE_API), 0, 0, false, 5000,
                "shipped");
        PaperGenerator g = new PaperGenerator(spec, calibration, Gazetteer.shipped());
        CountryResolver resolver = CountryResolver.create();
        long total = 0;
        long right = 0;
        long wrong = 0;
        for (long i = 0; i < 5000; i++) {
            for (SyntheticPaper.Author a : g.generate(i).authors()) {
                for (SyntheticPaper.Affiliation af : a.affiliations()) {
                    String got = resolver.resolve(af.text(), null).code();
                    total++;
                    if (af.country().equals(got)) {
                        right++;
                    } else if (got != null) {
                        wrong++;
                    }
                }
            }
        }
        System.out.printf("country rules on generated strings: %d of %d right, %d wrong%n", right, total, wrong);
        assertTrue(right > 0.88 * total, right + " of " + total);
        assertTrue(wrong < 0.02 * total, wrong + " wrong of " + total);
    }
}
