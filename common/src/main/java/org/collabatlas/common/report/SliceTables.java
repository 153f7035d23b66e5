package org.collabatlas.common.report;

import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The slices of the country graph (per category, per year) and their country tables. */
final class SliceTables {
    private SliceTables() {
    }

    /** The slices of {@code in} whose name starts with {@code prefix}, by name. */
    static Map<String, List<NodeMetrics>> slices(ReportInput in, String prefix) {
        Map<String, List<NodeMetrics>> out = new TreeMap<>();
        in.countrySlices().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * One table of the countries of every slice: the slice's value ({@code key}, its name without {@code prefix}),
     * then each country's rank by papers, code, name and metrics.
     */
    static Table table(String name, String title, String key, Map<String, List<NodeMetrics>> bySlice, String prefix) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<NodeMetrics>> e : bySlice.entrySet()) {
            String value = e.getKey().substring(prefix.length());
            List<NodeMetrics> ms = new ArrayList<>(e.getValue());
            ms.sort(ReportBuilder.BY_PAPERS);
            for (int i = 0; i < ms.size(); i++) {
                NodeMetrics m = ms.get(i);
                rows.add(MetricColumn.row(m, value, i + 1, m.id(), CountryNames.of(m.id())));
            }
        }
        return new Table(name, title,
                MetricColumn.after(string(key), integer("rank"), string("country"), string("name")), rows);
    }
}
