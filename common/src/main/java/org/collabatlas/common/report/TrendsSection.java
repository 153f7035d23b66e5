package org.collabatlas.common.report;

import static org.collabatlas.common.report.ReportFormat.row;
import static org.collabatlas.common.report.ReportFormat.text;
import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Slices;

/**
 * The report's trends section: country metrics per year of the configured window, their ranks and rank changes,
 * and a chart of the eigenvector centrality of the most central countries and the reference.
 */
final class TrendsSection {
    private final ReportInput in;
    private final Settings.Report settings;
    private final List<NodeMetrics> all;

    /** @param all the countries of the whole graph */
    TrendsSection(ReportInput in, Settings.Report settings, List<NodeMetrics> all) {
        this.in = in;
        this.settings = settings;
        this.all = all;
    }

    Report.Section build() {
        List<Report.Block> b = new ArrayList<>();
        Map<String, List<NodeMetrics>> years = SliceTables.slices(in, Slices.YEAR_PREFIX);
        TreeMap<Integer, List<NodeMetrics>> window = new TreeMap<>();
        years.forEach((k, v) -> {
            int y = Integer.parseInt(k.substring(Slices.YEAR_PREFIX.length()));
            if (settings.trendYears().contains(y)) {
                window.put(y, v);
            }
        });
        b.add(text("Country metrics per year (" + settings.trendYears() + "; years with papers only). Ranks are "
                + "by value, 1 = highest, equal values share a rank; a rank change is last year's rank minus this "
                + "year's (positive = moved up), empty when the country was absent the year before."));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> prevE = Map.of();
        Map<String, Integer> prevB = Map.of();
        Map<String, Map<Integer, Double>> series = new HashMap<>();
        for (Map.Entry<Integer, List<NodeMetrics>> e : window.entrySet()) {
            Map<String, Double> ev = new HashMap<>();
            Map<String, Double> bv = new HashMap<>();
            Map<String, Double> pv = new HashMap<>();
            e.getValue().forEach(m -> {
                ev.put(m.id(), m.eigenvector());
                bv.put(m.id(), m.betweenness());
                pv.put(m.id(), (double) m.papers());
            });
            Map<String, Integer> re = Ranks.descending(ev);
            Map<String, Integer> rb = Ranks.descending(bv);
            Map<String, Integer> rp = Ranks.descending(pv);
            List<NodeMetrics> ms = new ArrayList<>(e.getValue());
            ms.sort(ReportBuilder.BY_EIGENVECTOR);
            for (NodeMetrics m : ms) {
                Integer pe = prevE.get(m.id());
                Integer pb = prevB.get(m.id());
                rows.add(row(m.id(), e.getKey(), m.papers(), rp.get(m.id()), m.eigenvector(), re.get(m.id()),
                        pe == null ? null : pe - re.get(m.id()), m.betweenness(), rb.get(m.id()),
                        pb == null ? null : pb - rb.get(m.id())));
                series.computeIfAbsent(m.id(), k -> new HashMap<>()).put(e.getKey(), m.eigenvector());
            }
            prevE = re;
            prevB = rb;
        }
        if (window.isEmpty()) {
            b.add(text("Trends: not computed (no year slices within " + settings.trendYears() + ")."));
        } else {
            List<String> labels = window.keySet().stream().map(String::valueOf).toList();
            List<String> drawn = new ArrayList<>();
            all.stream().sorted(ReportBuilder.BY_EIGENVECTOR).map(NodeMetrics::id).filter(series::containsKey)
                    .limit(ReportBuilder.TREND_LINES - 1).forEach(drawn::add);
            if (series.containsKey(ref()) && !drawn.contains(ref())) {
                drawn.add(ref());
            }
            List<Svg.Series> lines = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                Map<Integer, Double> s = series.get(drawn.get(i));
                double[] v = window.keySet().stream().mapToDouble(y -> s.getOrDefault(y, Double.NaN)).toArray();
                lines.add(new Svg.Series(drawn.get(i), v, Svg.LINE_PALETTE[i % Svg.LINE_PALETTE.length]));
            }
            String title = "Eigenvector centrality per year of the most central countries and " + ref();
            b.add(new Report.ChartBlock(new Report.Chart("trends", title,
                    Svg.lines(title, "eigenvector centrality", labels, lines), ReportBuilder.TRENDS)));
        }
        b.add(new Report.TableBlock(new Table(ReportBuilder.TRENDS, "Ranks per year and their change",
                List.of(string("country"), integer("year"), count("papers"), integer("papers_rank"),
                        decimal("eigenvector", 4), integer("eigenvector_rank"), integer("eigenvector_rank_change"),
                        decimal("betweenness", 4), integer("betweenness_rank"), integer("betweenness_rank_change")),
                rows)));
        b.add(new Report.TableBlock(SliceTables.table(ReportBuilder.COUNTRIES_YEAR, "Countries per year", "year", years,
                Slices.YEAR_PREFIX)));
        return new Report.Section("trends", "Trends", b);
    }

    private String ref() {
        return settings.referenceCountry();
    }
}
