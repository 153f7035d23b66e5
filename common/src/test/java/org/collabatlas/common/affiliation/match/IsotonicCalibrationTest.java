package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IsotonicCalibrationTest {
    @Test
    void poolsAdjacentViolatorsAsWorkedByHand() {
        // scores 0.1..0.6 with labels 0 1 0 1 1 0: (0.1)=0; (0.2,0.3) pooled = 0.5; (0.4,0.5,0.6): 1,1,0 -> pool of
        // three = 2/3, which is above 0.5, so the fit is 0 | 0.5 | 2/3
        IsotonicCalibration c = IsotonicCalibration.fit(new double[] {0.6, 0.1, 0.3, 0.2, 0.5, 0.4},
                new boolean[] {false, false, false, true, true, true});
        assertArrayEquals(new double[] {0.1, 0.3, 0.6}, c.upper(), 1e-12);
        assertArrayEquals(new double[] {0.0, 0.5, 2.0 / 3}, c.values(), 1e-12);
        assertEquals(0.0, c.apply(0.05));
        assertEquals(0.0, c.apply(0.1));
        assertEquals(0.5, c.apply(0.25));
        assertEquals(2.0 / 3, c.apply(0.45), 1e-12);
        assertEquals(2.0 / 3, c.apply(0.99), 1e-12);
    }

    @Test
    void tiesArePooledWhateverTheInputOrder() {
        IsotonicCalibration a = IsotonicCalibration.fit(new double[] {0.5, 0.5, 0.9}, new boolean[] {true, false,
            true});
        IsotonicCalibration b = IsotonicCalibration.fit(new double[] {0.5, 0.9, 0.5}, new boolean[] {false, true,
            true});
        assertArrayEquals(a.upper(), b.upper());
        assertArrayEquals(a.values(), b.values());
        assertArrayEquals(new double[] {0.5, 1.0}, a.values(), 1e-12);
    }

    @Test
    void rejectsNonMonotoneMaps() {
        assertThrows(IllegalArgumentException.class,
                () -> new IsotonicCalibration(new double[] {0.2, 0.1}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> new IsotonicCalibration(new double[] {0.1, 0.2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> IsotonicCalibration.fit(new double[0], new boolean[0]));
    }
}
