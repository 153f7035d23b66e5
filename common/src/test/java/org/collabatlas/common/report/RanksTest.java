package org.collabatlas.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RanksTest {
    @Test
    void highestFirstAndTiesShareTheBestRank() {
        Map<String, Integer> r = Ranks.descending(Map.of("a", 0.5, "b", 0.9, "c", 0.5, "d", 0.1));
        assertEquals(Map.of("b", 1, "a", 2, "c", 2, "d", 4), r);
    }
}
