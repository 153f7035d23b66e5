package org.collabatlas.common.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleSizeTest {
    @Test
    void handComputedValues() {
        // eps 0.1, delta 0.1, VD 10: floor(log2 8) = 3; (0.5 / 0.01) * (3 + 1 + ln 10 = 6.302585) = 315.13 -> 316
        assertEquals(316, SampleSize.riondatoKornaropoulos(0.1, 0.1, 10));
        // eps 0.02, delta 0.1, VD 5: floor(log2 3) = 1; 1250 * (1 + 1 + 2.302585) = 5378.23 -> 5379
        assertEquals(5379, SampleSize.riondatoKornaropoulos(0.02, 0.1, 5));
        // eps 0.01, delta 0.05, VD 34: floor(log2 32) = 5; 5000 * (5 + 1 + ln 20 = 2.995732) = 44978.66 -> 44979
        assertEquals(44979, SampleSize.riondatoKornaropoulos(0.01, 0.05, 34));
        // VD 35: floor(log2 33) is still 5
        assertEquals(44979, SampleSize.riondatoKornaropoulos(0.01, 0.05, 35));
        // VD 3 and VD 2: log term 0; 50 * (1 + 2.302585) = 165.13 -> 166
        assertEquals(166, SampleSize.riondatoKornaropoulos(0.1, 0.1, 3));
        assertEquals(166, SampleSize.riondatoKornaropoulos(0.1, 0.1, 2));
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.riondatoKornaropoulos(0, 0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.riondatoKornaropoulos(0.1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.riondatoKornaropoulos(0.1, 0.1, 0));
    }
}
