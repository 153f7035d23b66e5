package org.collabatlas.common.report;

import static org.collabatlas.common.report.ReportFormat.row;
import static org.collabatlas.common.report.ReportFormat.text;
import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.collabatlas.common.config.Settings;

/**
 * The report's institutions section: the institutions with most papers, and candidate partner institutions of
 * other countries typed relative to the reference country's leading institution.
 */
final class InstitutionsSection {
    private InstitutionsSection() {
    }

    static Report.Section build(ReportInput in, Settings.Report settings) {
        String ref = settings.referenceCountry();
        List<Report.Block> b = new ArrayList<>();
        if (in.institutions() == null) {
            b.add(text("Institution tables and partner institutions: not computed (the graph has no institution "
                    + "level in this run)."));
            return new Report.Section("institutions", "Institutions", b);
        }
        List<NodeMetrics> inst = new ArrayList<>(in.institutions());
        inst.sort(ReportBuilder.BY_PAPERS);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.topInstitutions(), inst.size()); i++) {
            NodeMetrics m = inst.get(i);
            rows.add(MetricColumn.row(m, i + 1, m.id(), m.name(), m.country()));
        }
        b.add(text("The " + rows.size() + " institutions with most papers (of " + inst.size() + "); id is the ROR "
                + "id, or cluster:<hash> for an institution not in ROR."));
        b.add(new Report.TableBlock(new Table(ReportBuilder.INSTITUTIONS, "Institutions with most papers",
                MetricColumn.after(integer("rank"), string("id"), string("name"), string("country")), rows)));
        NodeMetrics lead = inst.stream().filter(m -> ref.equals(m.country())).findFirst().orElse(null);
        if (lead == null) {
            b.add(text("Partner institutions: not computed (no institution of " + ref + " in this run)."));
            return new Report.Section("institutions", "Institutions", b);
        }
        Typology t = new Typology(lead.papers(), lead.eigenvector(), settings.typology());
        List<NodeMetrics> candidates = new ArrayList<>();
        for (NodeMetrics m : inst) {
            if (m.country() != null && !ref.equals(m.country())) {
                candidates.add(m);
            }
        }
        candidates.sort(Comparator.comparing((NodeMetrics m) -> t.classify(m.papers(), m.eigenvector()).ordinal())
                .thenComparing(ReportBuilder.BY_EIGENVECTOR));
        List<List<Object>> prow = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.typology().partnerInstitutions(), candidates.size()); i++) {
            NodeMetrics m = candidates.get(i);
            prow.add(row(i + 1, m.id(), m.name(), m.country(), m.papers(), m.eigenvector(),
                    in.institutionLinks().getOrDefault(m.id(), 0.0), t.classify(m.papers(), m.eigenvector()).label()));
        }
        b.add(text("Candidate partner institutions for " + ref + ": institutions of other countries, typed "
                + "relative to " + ref + "'s leading institution (" + (lead.name() == null ? lead.id()
                : lead.name()) + ", " + lead.papers() + " papers) with the same rule as the countries, ranked by "
                + "type (leading globally, exchange-centred, similar, own path, early-stage), then eigenvector "
                + "centrality; papers_with_reference is the weight of their edges to institutions of " + ref + "."));
        b.add(new Report.TableBlock(new Table(ReportBuilder.PARTNER_INSTITUTIONS, "Candidate partner institutions for " + ref,
                List.of(integer("rank"), string("id"), string("name"), string("country"), count("papers"),
                        decimal("eigenvector", 4), decimal("papers_with_reference", 1), string("type")), prow)));
        return new Report.Section("institutions", "Institutions", b);
    }
}
