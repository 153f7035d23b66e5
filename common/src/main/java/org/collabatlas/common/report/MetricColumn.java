package org.collabatlas.common.report;

import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The metric columns of every table of vertices (countries, countries per slice, institutions), in their order:
 * the study's columns (papers, international ratio, degree, betweenness, eigenvector), then strength and PageRank.
 * Each table puts its own identifying columns (rank, id, name) before them.
 */
enum MetricColumn {
    PAPERS(count("papers"), NodeMetrics::papers),
    INTERNATIONAL_RATIO(decimal("international_ratio", 3), NodeMetrics::internationalRatio),
    DEGREE(integer("degree"), NodeMetrics::degree),
    BETWEENNESS(decimal("betweenness", 4), NodeMetrics::betweenness),
    EIGENVECTOR(decimal("eigenvector", 4), NodeMetrics::eigenvector),
    STRENGTH(decimal("strength", 1), NodeMetrics::strength),
    PAGERANK(decimal("pagerank", 4), NodeMetrics::pagerank);

    private final Table.Column column;
    private final Function<NodeMetrics, Object> value;

    MetricColumn(Table.Column column, Function<NodeMetrics, Object> value) {
        this.column = column;
        this.value = value;
    }

    /** {@code leading} followed by the metric columns. */
    static List<Table.Column> after(Table.Column... leading) {
        List<Table.Column> out = new ArrayList<>(List.of(leading));
        for (MetricColumn c : values()) {
            out.add(c.column);
        }
        return out;
    }

    /** A row: {@code leading} followed by the metrics of {@code m}. */
    static List<Object> row(NodeMetrics m, Object... leading) {
        List<Object> out = new ArrayList<>(java.util.Arrays.asList(leading));
        for (MetricColumn c : values()) {
            out.add(c.value.apply(m));
        }
        return out;
    }
}
