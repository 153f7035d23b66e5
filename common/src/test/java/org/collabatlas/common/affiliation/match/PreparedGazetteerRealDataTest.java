package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.affiliation.PartialRor;
import org.junit.jupiter.api.Test;

/**
 * On the partial ROR dump of {@code ../shared/data} (the index built once per test JVM by {@link PartialRor}): the
 * gazetteer and index written and read back ({@link PreparedGazetteer}, what {@link IndexCache} stores) match a few
 * hundred gold strings, some with a typo, exactly like the index built from the dump.
 */
class PreparedGazetteerRealDataTest {
    @Test
    void theIndexReadBackMatchesLikeTheOneBuiltFromTheDump() throws IOException {
        AffiliationMatcher built = PartialRor.learned();
        long t = System.nanoTime();
        byte[] bytes = built.prepared().toBytes();
        long encoded = System.nanoTime();
        PreparedGazetteer read = PreparedGazetteer.read(bytes);
        System.out.printf("prepared partial ROR: %.1f MB, encoded in %.2f s, read in %.2f s%n", bytes.length / 1e6,
                (encoded - t) / 1e9, (System.nanoTime() - encoded) / 1e9);
        AffiliationMatcher fromBytes = new AffiliationMatcher(read, AffiliationMatcher.Options.defaults(),
                built.model());
        assertEquals(built.gazetteer().institutions(), read.gazetteer().institutions());
        assertEquals(built.gazetteer().stats(), read.gazetteer().stats());

        List<String> strings = new ArrayList<>();
        for (String file : List.of("crossref-train.csv", "ror-logs-train.csv")) {
            List<AffiliationEvaluation.GoldRow> gold = AffiliationMatcherRealDataTest.gold(file);
            for (int i = 0; i < Math.min(200, gold.size()); i++) {
                strings.add(gold.get(i).affiliation());
            }
        }
        for (int i = 0; i < 100; i++) {
            strings.add(typo(strings.get(i * 3)));
        }
        int matched = 0;
        for (String s : strings) {
            MatchResult a = built.match(s, null);
            assertEquals(a, fromBytes.match(s, null), s);
            matched += a.candidates().isEmpty() ? 0 : 1;
        }
        assertTrue(matched > strings.size() / 2, matched + " of " + strings.size() + " matched");
        for (String s : strings.subList(0, 50)) {
            List<AffiliationMatcher.FeatureRow> fa = built.candidateFeatures(s, null);
            List<AffiliationMatcher.FeatureRow> fb = fromBytes.candidateFeatures(s, null);
            assertEquals(fa.size(), fb.size(), s);
            for (int i = 0; i < fa.size(); i++) {
                assertEquals(fa.get(i).rorId(), fb.get(i).rorId(), s);
                assertArrayEquals(fa.get(i).features(), fb.get(i).features(), s);
            }
        }
    }

    /** The string with the second letter of its longest word dropped (a typo the matcher corrects). */
    private static String typo(String s) {
        String longest = "";
        for (String w : s.split("[^\\p{L}]+")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest.length() < 6 ? s : s.replace(longest, longest.charAt(0) + longest.substring(2));
    }
}
