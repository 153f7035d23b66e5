package org.collabatlas.common.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void tailIndexIsTheEmpiricalQuantile() {
        assertEquals(3, Intervals.tailIndex(100, 0.95)); // 2.5 -> the 3rd from each end
        assertEquals(5, Intervals.tailIndex(200, 0.95)); // exactly 5
        assertEquals(25, Intervals.tailIndex(1000, 0.95));
        assertEquals(5, Intervals.tailIndex(100, 0.90));
        assertEquals(1, Intervals.tailIndex(1, 0.95));
        assertEquals(1, Intervals.tailIndex(10, 0.99));
        assertThrows(IllegalArgumentException.class, () -> Intervals.tailIndex(0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.tailIndex(10, 1.0));
    }

    @Test
    void ranksAreDescendingWithTiesById() {
        assertArrayEquals(new int[] {3, 1, 2, 4}, Intervals.ranks(new double[] {0.2, 0.9, 0.2, 0.1},
                new String[] {"US", "CN", "JP", "FR"})); // JP and US tie at 0.2: JP first
    }

    /**
     * Replicates 1..100 for vertex "a" (reverse order for "b"): with k = 3, the interval is [3, 98] for both, the
     * mean 50.5; "a" is ranked below "b" in replicates 1..50 (a < b there) and above in 51..100, so its ranks are
     * fifty 2s and fifty 1s and the rank interval is [1, 2].
     */
    @Test
    void handWorkedIntervals() {
        List<double[]> reps = new ArrayList<>();
        for (int r = 1; r <= 100; r++) {
            reps.add(new double[] {r, 101 - r});
        }
        List<Intervals.Interval> out = Intervals.of(new String[] {"a", "b"}, new double[] {60, 41}, reps, 0.95);
        Intervals.Interval a = out.get(0);
        assertEquals(new Intervals.Interval("a", 60, 50.5, 3, 98, 1, 1, 2, 100), a);
        assertEquals(new Intervals.Interval("b", 41, 50.5, 3, 98, 2, 1, 2, 100), out.get(1));
    }
}
