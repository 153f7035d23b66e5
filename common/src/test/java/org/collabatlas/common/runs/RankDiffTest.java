package org.collabatlas.common.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collabatlas.common.runs.RankDiff.Entry;
import org.collabatlas.common.runs.RankDiff.Status;
import org.junit.jupiter.api.Test;

/** Hand-worked rankings and their changes. */
class RankDiffTest {
    @Test
    void competitionRanksShareTies() {
        Map<String, Double> v = new HashMap<>();
        v.put("a", 5.0);
        v.put("b", 3.0);
        v.put("c", 3.0);
        v.put("d", 1.0);
        v.put("e", Double.NaN);
        v.put("f", null);
        assertEquals(Map.of("a", 1, "b", 2, "c", 2, "d", 4), RankDiff.ranks(v));
    }

    @Test
    void entriesExitsAndRankChanges() {
        // A: JP 10, US 9, CN 8, DE 2        ranks JP 1, US 2, CN 3, DE 4
        // B: US 12, CN 11, KR 7, JP 6, FR 1 ranks US 1, CN 2, KR 3, JP 4, FR 5
        Map<String, Double> a = Map.of("JP", 10.0, "US", 9.0, "CN", 8.0, "DE", 2.0);
        Map<String, Double> b = Map.of("US", 12.0, "CN", 11.0, "KR", 7.0, "JP", 6.0, "FR", 1.0);
        List<Entry> all = RankDiff.compare(a, b);
        assertEquals(List.of("US", "CN", "KR", "JP", "FR", "DE"), all.stream().map(Entry::id).toList());
        Entry jp = all.get(3);
        assertEquals(1, jp.rankA());
        assertEquals(4, jp.rankB());
        assertEquals(-3, jp.rankChange());
        assertEquals(1, all.get(0).rankChange()); // US 2 -> 1
        assertNull(all.get(2).rankChange()); // KR absent from A
        assertNull(all.get(5).rankB()); // DE absent from B
        // top 3: A = {JP, US, CN}, B = {US, CN, KR}
        assertEquals(List.of("KR"), RankDiff.withStatus(all, 3, Status.ENTERED));
        assertEquals(List.of("JP"), RankDiff.withStatus(all, 3, Status.LEFT));
        assertEquals(List.of("US", "CN"), RankDiff.withStatus(all, 3, Status.STAYED));
        assertEquals(List.of("US", "CN", "KR", "JP"), RankDiff.topOfEither(all, 3).stream().map(Entry::id).toList());
    }

    @Test
    void aTieAtTheBoundaryKeepsBothInTheTop() {
        Map<String, Double> a = Map.of("x", 3.0, "y", 2.0, "z", 2.0);
        Map<String, Double> b = Map.of("x", 3.0, "y", 2.0, "z", 1.0);
        List<Entry> all = RankDiff.compare(a, b);
        assertEquals(List.of("z"), RankDiff.withStatus(all, 2, Status.LEFT));
        assertEquals(List.of("x", "y"), RankDiff.withStatus(all, 2, Status.STAYED));
    }
}
