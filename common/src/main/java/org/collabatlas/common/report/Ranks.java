package org.collabatlas.common.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks by value, highest first, with competition ranking ("1224"): equal values share the best rank. */
public final class Ranks {
    private Ranks() {
    }

    public static Map<String, Integer> descending(Map<String, Double> values) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).getValue().equals(sorted.get(i - 1).getValue());
            out.put(sorted.get(i).getKey(), tie ? out.get(sorted.get(i - 1).getKey()) : i + 1);
        }
        return out;
    }
}
