package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.gazetteer.Name;
import org.junit.jupiter.api.Test;

/** The matcher on a hand-written gazetteer whose answers are known. */
class AffiliationMatcherTest {
    static final String TOKYO = "https://ror.org/057zh3y96";
    static final String TOKYO_HOSP = "https://ror.org/022cvpj02";
    static final String TSINGHUA = "https://ror.org/03cve4549";
    static final String INSERM = "https://ror.org/02vjkv261";
    static final String LILLE = "https://ror.org/02kzqn938";
    static final String UC = "https://ror.org/00pjdza24";
    static final String UCB = "https://ror.org/01an7q238";
    static final String KAIST = "https://ror.org/05apxxy63";
    static final String WITHDRAWN = "https://ror.org/0000000a1";
    static final String GENERIC_RU = "https://ror.org/038rjvd86";
    static final String BOISE = "https://ror.org/02e3zdp86";
    static final String NEU_US = "https://ror.org/04t5xt781";
    static final String NEU_CN = "https://ror.org/03awzbc87";

    static Institution inst(String id, String country, String city, List<String> types, List<String> parents,
            List<String> children, Institution.Status status, Name... names) {
        return new Institution(id, names[0].value(), List.of(names), country, city, types, status, parents, children,
                null, List.of());
    }

    static Name display(String v) {
        return new Name(v, Name.Type.DISPLAY, "en");
    }

    static Name label(String v, String lang) {
        return new Name(v, Name.Type.LABEL, lang);
    }

    static Name alias(String v) {
        return new Name(v, Name.Type.ALIAS, null);
    }

    static Name acronym(String v) {
        return new Name(v, Name.Type.ACRONYM, null);
    }

    static final Gazetteer GAZ = gazetteer();
    static final AffiliationMatcher M = new AffiliationMatcher(GAZ);

    static Gazetteer gazetteer() {
        List<String> edu = List.of("education");
        Institution.Status a = Institution.Status.ACTIVE;
        List<Institution> l = new ArrayList<>();
        l.add(inst(TOKYO, "JP", "Tokyo", edu, List.of(), List.of(TOKYO_HOSP), a, display("The University of Tokyo"),
                label("東京大学", "ja"), acronym("UTokyo")));
        l.add(inst(TOKYO_HOSP, "JP", "Tokyo", List.of("healthcare"), List.of(TOKYO), List.of(), a,
                display("The University of Tokyo Hospital")));
        l.add(inst(TSINGHUA, "CN", "Beijing", edu, List.of(), List.of(), a, display("Tsinghua University"),
                label("清华大学", "zh")));
        l.add(inst(INSERM, "FR", "Paris", List.of("government"), List.of(), List.of(), a, display("Inserm"),
                label("Institut National de la Santé et de la Recherche Médicale", "fr"), acronym("INSERM")));
        l.add(inst(LILLE, "FR", "Lille", edu, List.of(), List.of(), a, display("Université de Lille"),
                alias("University of Lille")));
        l.add(inst(UC, "US", "Oakland", edu, List.of(), List.of(UCB), a, display("University of California System"),
                alias("University of California")));
        l.add(inst(UCB, "US", "Berkeley", edu, List.of(UC), List.of(), a,
                display("University of California, Berkeley"), acronym("UCB")));
        l.add(inst(KAIST, "KR", "Daejeon", edu, List.of(), List.of(), a,
                display("Korea Advanced Institute of Science and Technology"), label("한국과학기술원", "ko"),
                acronym("KAIST")));
        l.add(inst(WITHDRAWN, "JP", "Tokyo", edu, List.of(), List.of(), Institution.Status.WITHDRAWN,
                display("Tokyo Institute of Silicon Studies")));
        l.add(inst(GENERIC_RU, "RU", "Moscow", edu, List.of(), List.of(), a,
                display("Department of Biological Sciences")));
        l.add(inst(BOISE, "US", "Boise", edu, List.of(), List.of(), a, display("Boise State University")));
        l.add(inst(NEU_US, "US", "Boston", edu, List.of(), List.of(), a, display("Northeastern University")));
        l.add(inst(NEU_CN, "CN", "Shenyang", edu, List.of(), List.of(), a, display("Northeastern University")));
        // filler so that "department", "biological", "science", "university" ... are widespread (generic words)
        String[] cc = {"DE", "GB", "IT", "ES", "BR", "IN", "AU", "CA"};
        for (int i = 0; i < cc.length; i++) {
            l.add(inst(String.format("https://ror.org/0zz%06d", i), cc[i], null, edu, List.of(), List.of(), a,
                    display("Department of Biological Sciences and Technology Institute " + (char) ('a' + i) + "x"
                            + " University Hospital Research Center")));
        }
        return Gazetteer.of(l);
    }

    static List<String> ids(String raw) {
        return M.match(raw, null).rorIds();
    }

    @Test
    void exactNameAfterNormalisation() {
        assertEquals(List.of(TOKYO), ids("The University of Tokyo"));
        assertEquals(List.of(TOKYO), ids("UNIVERSITY OF TOKYO"));
        assertEquals(List.of(TOKYO), ids("Univ. of Tokyo"));
        MatchResult r = M.match("Dept. of Physics, Univ. Tokyo, Tokyo, Japan", null);
        assertEquals(List.of(TOKYO), r.rorIds());
        assertEquals("department of physics, university tokyo, tokyo, japan", r.normalized());
        assertEquals("JP", r.country());
    }

    @Test
    void abbreviationsAndSpellingVariantsShareOneForm() {
        assertEquals("university institute technology science academy department laboratory center",
                Terms.normalise("Univ. Inst. Technol. Sci. Acad. Dept. Lab. Centre"));
        assertEquals(List.of(KAIST), ids("Korea Adv. Inst. of Sci. & Technol., Daejeon"));
        assertEquals(List.of(LILLE), ids("Universite de Lille"));
        assertEquals(List.of(LILLE), ids("Université de Lille"));
    }

    @Test
    void nonLatinScripts() {
        assertEquals(List.of(TSINGHUA), ids("清华大学"));
        assertEquals(List.of(TSINGHUA), ids("清华大学计算机科学与技术系"));
        assertEquals(List.of(TOKYO), ids("東京大学 大学院情報理工学系研究科"));
        assertEquals(List.of(KAIST), ids("한국과학기술원"));
        assertEquals(List.of(TSINGHUA), ids("ＴＳＩＮＧＨＵＡ　ＵＮＩＶＥＲＳＩＴＹ"));
    }

    @Test
    void segmentsJoinWhenANameHoldsAComma() {
        assertEquals(List.of("Department of Physics", "University of California", "Berkeley", "CA 94720"),
                Segmenter.segments("Department of Physics, University of California, Berkeley, CA 94720"));
        // the two-segment window names the campus, which beats the system named by one segment
        assertEquals(List.of(UCB), ids("Department of Physics, University of California, Berkeley, CA 94720"));
        assertEquals(List.of(UC), ids("Department of Physics, University of California"));
    }

    @Test
    void tokenMatchInsideALongerSegment() {
        MatchResult r = M.match("Graduate School of Information Science and Technology The University of Tokyo", null);
        assertEquals(List.of(TOKYO), r.rorIds());
        assertEquals(MatchMethod.TOKENS, r.method());
        assertTrue(r.score() >= 0.82 && r.score() < 1.0, "score " + r.score());
    }

    @Test
    void hierarchyPrefersTheAncestorNamedInTheString() {
        assertEquals(List.of(TOKYO), ids("The University of Tokyo Hospital, The University of Tokyo"));
        // the unit alone is the unit
        assertEquals(List.of(TOKYO_HOSP), ids("Department of Surgery, The University of Tokyo Hospital"));
    }

    @Test
    void countryEvidenceDecidesBetweenNamesakes() {
        assertEquals(List.of(NEU_US), ids("Northeastern University, Boston, MA"));
        assertEquals(List.of(NEU_CN), ids("Northeastern University, Shenyang, China"));
        assertEquals(List.of(NEU_CN), M.match("Northeastern University", "China").rorIds());
        MatchResult r = M.match("Northeastern University", null);
        assertFalse(r.matched(), "no place given: the two are indistinguishable");
        assertEquals(NoMatchReason.AMBIGUOUS, r.reason());
        MatchResult c = M.match("The University of Tokyo", "USA");
        assertEquals(NoMatchReason.COUNTRY_CONFLICT, c.reason());
        assertEquals("US", c.country(), "the string's own country evidence wins");
    }

    @Test
    void countryFallsBackToTheMatchedInstitution() {
        MatchResult r = M.match("Boise State University", null);
        assertEquals(List.of(BOISE), r.rorIds());
        assertEquals("US", r.country());
        assertEquals(MatchResult.COUNTRY_FROM_INSTITUTION, r.countryMethod());
        MatchResult k = M.match("KAIST", null);
        assertEquals(List.of(KAIST), k.rorIds());
        assertEquals(MatchMethod.ACRONYM, k.method());
    }

    @Test
    void genericNamesNeedPlaceEvidence() {
        assertEquals(List.of(BOISE), ids("Department of Biological Sciences, Boise State University"));
        assertEquals(List.of(GENERIC_RU), ids("Department of Biological Sciences, Moscow, Russia"));
    }

    @Test
    void acronymsInsideLongerSegmentsAreNotUsed() {
        assertEquals(List.of(LILLE), ids("Univ. Lille, INSERM U1019"));
        assertEquals(List.of(INSERM), ids("INSERM"));
    }

    @Test
    void withdrawnIsNeverChosen() {
        assertTrue(ids("Tokyo Institute of Silicon Studies").stream().noneMatch(WITHDRAWN::equals));
    }

    @Test
    void severalInstitutionsWhenTheOptionAllowsIt() {
        AffiliationMatcher.Options d = AffiliationMatcher.Options.defaults();
        AffiliationMatcher multi = new AffiliationMatcher(GAZ, new AffiliationMatcher.Options(d.threshold(), 0.99,
                d.blockingCap(), d.minNameCoverage(), d.unknownWeight(), d.acronymScore(), d.countryBonus(),
                d.cityBonus(), d.genericSpread(), d.preferAncestor()));
        assertEquals(List.of(LILLE, INSERM), multi.match("Univ. Lille, Inserm, France", null).rorIds());
        assertEquals(1, M.match("Univ. Lille, Inserm, France", null).rorIds().size(), "default: one institution");
    }

    @Test
    void garbageAndEmpty() {
        assertEquals(NoMatchReason.EMPTY, M.match(null, null).reason());
        assertEquals(NoMatchReason.EMPTY, M.match("   ", null).reason());
        assertEquals(NoMatchReason.GARBAGE, M.match("N/A", null).reason());
        assertEquals(NoMatchReason.GARBAGE, M.match("-", null).reason());
        assertEquals(NoMatchReason.GARBAGE, M.match("https://www.u-tokyo.ac.jp/en/", null).reason());
        assertEquals(NoMatchReason.GARBAGE, M.match("someone@u-tokyo.ac.jp", null).reason());
        assertEquals(NoMatchReason.GARBAGE, M.match("University of Tokyo ".repeat(600), null).reason());
        MatchResult none = M.match("Acme Widgets Incorporated", null);
        assertFalse(none.matched());
        assertEquals(MatchMethod.NONE, none.method());
        assertNull(none.country());
        assertEquals(0.0, none.score());
    }

    @Test
    void tenThousandCharactersAreRejectedQuickly() {
        String big = "x".repeat(10_000);
        long t = System.nanoTime();
        assertEquals(NoMatchReason.GARBAGE, M.match(big, null).reason());
        assertTrue(System.nanoTime() - t < 1_000_000_000L);
    }
}
