package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metrics of issue 3 on hand-counted gold rows. */
class AffiliationEvaluationTest {
    static List<AffiliationEvaluation.GoldRow> gold(String csv) throws IOException {
        return AffiliationEvaluation.readGold(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void readsBomMultipleIdsAndNoOrganisation() throws IOException {
        List<AffiliationEvaluation.GoldRow> rows = gold("\uFEFFaffiliation,ror_id\n"
                + "\"Univ. Lille, Inserm\",https://ror.org/02kzqn938; https://ror.org/02vjkv261\n"
                + "Optomechatronics Group,NP\n" + "Nothing,\n" + "KAIST,05apxxy63\n");
        assertEquals(Set.of("https://ror.org/02kzqn938", "https://ror.org/02vjkv261"), rows.get(0).gold());
        assertEquals(Set.of(), rows.get(1).gold());
        assertEquals(Set.of(), rows.get(2).gold());
        assertEquals(Set.of("https://ror.org/05apxxy63"), rows.get(3).gold());
        assertThrows(IllegalArgumentException.class, () -> gold("name,id\nx,y\n"));
    }

    @Test
    void countsAsTheIssueDefines() throws IOException {
        // against the hand-written gazetteer of AffiliationMatcherTest, one institution per string:
        // 1. Lille+Inserm gold, predicts Lille (the later window is Inserm? no: university first) -> TP 1, FN 1
        // 2. NP gold, predicts Tokyo -> FP 1
        // 3. NP gold, predicts nothing -> nothing
        // 4. KAIST gold, predicts KAIST -> TP 1
        // 5. gold not in the gazetteer (uncovered), predicts nothing -> FN 1 (all strings only)
        List<AffiliationEvaluation.GoldRow> rows = gold("affiliation,ror_id\n"
                + "\"Univ. Lille, Inserm\",https://ror.org/02kzqn938;https://ror.org/02vjkv261\n"
                + "The University of Tokyo,NP\n" + "Optomechatronics Group,NP\n" + "KAIST,05apxxy63\n"
                + "Acme Widgets,https://ror.org/0aaaaaaa1\n");
        AffiliationEvaluation.Report r = AffiliationEvaluation.evaluate(AffiliationMatcherTest.M, rows);
        assertEquals(new AffiliationEvaluation.Counts(5, 2, 1, 2), r.all());
        assertEquals(new AffiliationEvaluation.Counts(4, 2, 1, 1), r.covered());
        assertEquals(2.0 / 3, r.covered().precision(), 1e-12);
        assertEquals(2.0 / 3, r.covered().recall(), 1e-12);
        assertEquals(0.5, r.all().recall(), 1e-12);
        assertEquals(4, r.goldIds());
        assertEquals(3, r.goldIdsInGazetteer());
        // country: strings 4 (KR) only; string 1 has two gold ids in one country (FR): counted too
        assertEquals(2, r.countryStrings());
        assertEquals(2, r.countryCorrect());
    }
}
