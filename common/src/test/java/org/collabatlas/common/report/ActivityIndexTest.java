package org.collabatlas.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.collabatlas.common.config.Settings;
import org.collabatlas.common.report.ActivityIndex.Strength;
import org.junit.jupiter.api.Test;

class ActivityIndexTest {
    static final Settings.Strengths RULE = new Settings.Strengths(1.2, 0.8, 10);

    @Test
    void shareOfTheCountryOverShareOfTheWorld() {
        // world: 1000 papers, 200 in the category (20%); country: 100 papers, 30 in it (30%) -> 1.5
        assertEquals(1.5, ActivityIndex.of(30, 100, 200, 1000), 1e-12);
        // 5 of 50 (10%) against 20% -> 0.5
        assertEquals(0.5, ActivityIndex.of(5, 50, 200, 1000), 1e-12);
        // the world itself has index 1
        assertEquals(1.0, ActivityIndex.of(200, 1000, 200, 1000), 1e-12);
        assertEquals(0.0, ActivityIndex.of(0, 100, 200, 1000), 0);
    }

    @Test
    void undefinedWithoutPapers() {
        assertTrue(Double.isNaN(ActivityIndex.of(0, 0, 200, 1000)));
        assertTrue(Double.isNaN(ActivityIndex.of(0, 10, 0, 1000)));
        assertThrows(IllegalArgumentException.class, () -> ActivityIndex.of(11, 10, 200, 1000));
        assertThrows(IllegalArgumentException.class, () -> ActivityIndex.of(-1, 10, 200, 1000));
    }

    @Test
    void strongWeakNeutralAndTooFew() {
        assertEquals(Strength.STRONG, ActivityIndex.strength(100, 1.5, RULE));
        assertEquals(Strength.WEAK, ActivityIndex.strength(100, 0.5, RULE));
        assertEquals(Strength.NEUTRAL, ActivityIndex.strength(100, 1.0, RULE));
        assertEquals(Strength.TOO_FEW_PAPERS, ActivityIndex.strength(9, 3.0, RULE));
        assertEquals(Strength.TOO_FEW_PAPERS, ActivityIndex.strength(100, Double.NaN, RULE));
        // the bounds belong to strong and weak: 30/100 against 250/1000 is exactly 1.2; 20/100 against 250/1000 0.8
        assertEquals(Strength.STRONG, ActivityIndex.strength(100, ActivityIndex.of(30, 100, 250, 1000), RULE));
        assertEquals(Strength.WEAK, ActivityIndex.strength(100, ActivityIndex.of(20, 100, 250, 1000), RULE));
        assertEquals(Strength.NEUTRAL, ActivityIndex.strength(10, ActivityIndex.of(3, 10, 250, 1000) - 0.01, RULE));
    }
}
