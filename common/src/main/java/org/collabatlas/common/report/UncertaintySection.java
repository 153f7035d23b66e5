package org.collabatlas.common.report;

import static org.collabatlas.common.report.ReportFormat.row;
import static org.collabatlas.common.report.ReportFormat.text;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.collabatlas.common.graph.Slices;

/** The report's uncertainty section: the bootstrap intervals of the countries' centralities over all years. */
final class UncertaintySection {
    private UncertaintySection() {
    }

    static Report.Section build(ReportInput in) {
        List<Report.Block> b = new ArrayList<>();
        if (in.intervals() == null) {
            b.add(text("Bootstrap confidence intervals: not computed (the run has no uncertainty stage output)."));
            return new Report.Section("uncertainty", "Uncertainty", b);
        }
        List<Interval> iv = new ArrayList<>();
        for (Interval i : in.intervals()) {
            if ("country".equals(i.level()) && Slices.ALL.equals(i.slice())) {
                iv.add(i);
            }
        }
        iv.sort(Comparator.comparing(Interval::metric).thenComparingInt(Interval::rank).thenComparing(Interval::id));
        List<List<Object>> rows = new ArrayList<>();
        for (Interval i : iv) {
            rows.add(row(i.id(), i.metric(), i.estimate(), i.mean(), i.ciLow(), i.ciHigh(), i.rank(), i.rankLow(),
                    i.rankHigh(), i.replicates()));
        }
        b.add(text("Bootstrap intervals of the uncertainty stage (papers resampled with replacement; "
                + (iv.isEmpty() ? "no replicates" : iv.get(0).replicates() + " replicates") + "), countries, all "
                + "years. Two countries whose rank intervals overlap cannot be told apart at this level."));
        b.add(new Report.TableBlock(new Table(ReportBuilder.UNCERTAINTY, "Bootstrap intervals of country centralities",
                List.of(string("country"), string("metric"), decimal("estimate", 4), decimal("mean", 4),
                        decimal("ci_low", 4), decimal("ci_high", 4), integer("rank"), integer("rank_low"),
                        integer("rank_high"), integer("replicates")), rows)));
        return new Report.Section("uncertainty", "Uncertainty", b);
    }
}
