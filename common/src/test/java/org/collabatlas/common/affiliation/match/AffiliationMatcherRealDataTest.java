package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.affiliation.PartialRor;
import org.collabatlas.common.ingest.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher on the development gold sets of {@code ../shared/data/affiliations} with the partial ROR dump: the
 * figures reached (docs/affiliations.md) minus a margin of 0.02, so that a regression fails the build. The crossref
 * set is split in two halves by a seeded hash of the string ({@link #developmentHalf}): the rules were developed on
 * the first half; the second is reported as held out.
 */
class AffiliationMatcherRealDataTest {
    static final double MARGIN = 0.02;
    static final double HELD_PRECISION = 0.8780;
    static final double HELD_RECALL = 0.8251;
    static final double HELD_COUNTRY = 0.9381;
    static AffiliationMatcher matcher;
    /** The shipped model's figures (its card, matcher-model.md). */
    static final double LEARNED_TEST_PRECISION = 0.8999;
    static final double LEARNED_TEST_RECALL = 0.8570;
    static final double LEARNED_TEST_COUNTRY = 0.9581;
    static final double LEARNED_LOGS_PRECISION = 0.8265;
    static final double LEARNED_LOGS_RECALL = 0.8029;

    @BeforeAll
    static void load() {
        matcher = PartialRor.rules();
    }

    /** The development half: a seeded 64-bit hash of the string (seed 42) is even. */
    static boolean developmentHalf(String s) {
        long h = 1125899906842597L ^ 42;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h & 1) == 0;
    }

    static List<AffiliationEvaluation.GoldRow> gold(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.dir("affiliations").resolve(file))) {
            return AffiliationEvaluation.readGold(in, file);
        }
    }

    static AffiliationEvaluation.Report report(String name, List<AffiliationEvaluation.GoldRow> rows) {
        return report(matcher, name, rows);
    }

    static AffiliationEvaluation.Report report(AffiliationMatcher matcher, String name,
            List<AffiliationEvaluation.GoldRow> rows) {
        AffiliationEvaluation.Report r = AffiliationEvaluation.evaluate(matcher, rows);
        System.out.println("== " + name + "\n" + r.text());
        return r;
    }

    static void atLeast(double reached, double value, String what) {
        assertTrue(value >= reached - MARGIN, what + " " + value + " fell below " + reached + " - " + MARGIN);
    }

    @Test
    void crossrefHalves() throws IOException {
        List<AffiliationEvaluation.GoldRow> dev = new ArrayList<>();
        List<AffiliationEvaluation.GoldRow> held = new ArrayList<>();
        for (AffiliationEvaluation.GoldRow r : gold("crossref-train.csv")) {
            (developmentHalf(r.affiliation()) ? dev : held).add(r);
        }
        AffiliationEvaluation.Report d = report("crossref-train, development half", dev);
        AffiliationEvaluation.Report h = report("crossref-train, held-out half", held);
        atLeast(0.8859, d.covered().precision(), "development precision (covered)");
        atLeast(0.8292, d.covered().recall(), "development recall (covered)");
        atLeast(HELD_PRECISION, h.covered().precision(), "held-out precision (covered)");
        atLeast(HELD_RECALL, h.covered().recall(), "held-out recall (covered)");
        atLeast(HELD_COUNTRY, h.countryAccuracy(), "held-out country accuracy");
    }

    /**
     * The learned decision (shipped model) on the test third of crossref-train (never trained or tuned on) and on
     * ror-logs-train (never used): the figures of its model card minus the margin, and better than the rules on the
     * same strings.
     */
    @Test
    void learnedOnHeldOutStrings() throws IOException {
        AffiliationMatcher learned = PartialRor.learned();
        List<AffiliationEvaluation.GoldRow> test = new ArrayList<>();
        for (AffiliationEvaluation.GoldRow r : gold("crossref-train.csv")) {
            if (GoldSplit.third(r.affiliation(), GoldSplit.DEFAULT_SEED) == GoldSplit.TEST) {
                test.add(r);
            }
        }
        AffiliationEvaluation.Report l = report(learned, "learned, crossref-train test third", test);
        AffiliationEvaluation.Report r = report(matcher, "rules, crossref-train test third", test);
        atLeast(LEARNED_TEST_PRECISION, l.covered().precision(), "learned test-third precision (covered)");
        atLeast(LEARNED_TEST_RECALL, l.covered().recall(), "learned test-third recall (covered)");
        atLeast(LEARNED_TEST_COUNTRY, l.countryAccuracy(), "learned test-third country accuracy");
        assertTrue(l.covered().f1() > r.covered().f1(), "learned F1 " + l.covered().f1() + " <= rules "
                + r.covered().f1());
        AffiliationEvaluation.Report logs = report(learned, "learned, ror-logs-train", gold("ror-logs-train.csv"));
        atLeast(LEARNED_LOGS_PRECISION, logs.covered().precision(), "learned ror-logs precision (covered)");
        atLeast(LEARNED_LOGS_RECALL, logs.covered().recall(), "learned ror-logs recall (covered)");
    }

    @Test
    void rorLogs() throws IOException {
        AffiliationEvaluation.Report r = report("ror-logs-train", gold("ror-logs-train.csv"));
        atLeast(0.8286, r.covered().precision(), "precision (covered)");
        atLeast(0.7457, r.covered().recall(), "recall (covered)");
    }
}
