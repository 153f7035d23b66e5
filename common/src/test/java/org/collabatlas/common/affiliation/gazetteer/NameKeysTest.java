package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertEquals("ecole superieure d electricite", NameKeys.normalise("  École Supérieure  d'Électricité "));
        assertEquals("technische universitat munchen", NameKeys.normalise("Technische Universität München"));
        assertEquals("xi an jiaotong university", NameKeys.normalise("Xi'an Jiaotong University"));
        assertEquals("texas a and m university", NameKeys.normalise("Texas A&M University"));
        assertEquals("strasse", NameKeys.normalise("Straße"));
        assertEquals("", NameKeys.normalise(null));
    }

    @Test
    void nfkcTurnsFullWidthIntoAscii() {
        assertEquals("kaist", NameKeys.normalise("ＫＡＩＳＴ"));
    }

    @Test
    void keepsCjkAndOtherScripts() {
        assertEquals("東京大学", NameKeys.normalise("東京大学"));
        assertEquals("서울대학교", NameKeys.normalise("서울대학교"));
        assertEquals("московский университет", NameKeys.normalise("Московский Университет"));
        assertEquals("भारतीय प्रौद्योगिकी संस्थान", NameKeys.normalise("भारतीय प्रौद्योगिकी संस्थान"));
    }

    @Test
    void acronymKeyDropsSpacesAndDots() {
        assertEquals("astar", NameKeys.acronymKey("A*STAR"));
        assertEquals("kaist", NameKeys.acronymKey("K.A.I.S.T."));
    }

    @Test
    void tokensAreWordsAndCjkBigrams() {
        assertEquals(List.of("tsinghua", "university"), NameKeys.tokens("Tsinghua University, TSINGHUA"));
        assertEquals(List.of("清华", "华大", "大学"), NameKeys.tokens("清华大学"));
        assertEquals(List.of("ntt", "東日", "日本"), NameKeys.tokens("NTT東日本"));
        assertEquals(List.of("中"), NameKeys.tokens("中"));
    }
}
