package org.collabatlas.common.report;

import static org.collabatlas.common.report.ReportFormat.row;
import static org.collabatlas.common.report.ReportFormat.text;
import static org.collabatlas.common.report.ReportFormat.trim;
import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Slices;

/**
 * The report's section on strengths and weaknesses by category: the Activity Index of every country in every
 * category ({@link ActivityIndex}), its position within the category against its position overall, and the
 * countries of each category slice.
 */
final class StrengthsSection {
    private final ReportInput in;
    private final Settings.Report settings;
    private final List<NodeMetrics> all;
    private final Map<String, NodeMetrics> allById;
    private final Function<NodeMetrics, String> type;

    /**
     * @param all     the countries of the whole graph, by papers
     * @param allById the same by id
     * @param type    a country's partner type over all categories (null without a typology)
     */
    StrengthsSection(ReportInput in, Settings.Report settings, List<NodeMetrics> all,
            Map<String, NodeMetrics> allById, Function<NodeMetrics, String> type) {
        this.in = in;
        this.settings = settings;
        this.all = all;
        this.allById = allById;
        this.type = type;
    }

    Report.Section build() {
        List<Report.Block> b = new ArrayList<>();
        Map<String, List<NodeMetrics>> bySlice = SliceTables.slices(in, Slices.CATEGORY_PREFIX);
        if (in.countryCategoryPapers() == null) {
            b.add(text("Strengths and weaknesses per category: not computed (the run has no classify output)."));
            return new Report.Section("strengths", "Strengths and weaknesses by category", b);
        }
        Settings.Strengths rule = settings.strengths();
        b.add(text(String.format(Locale.ROOT, "Activity Index = (category's share of the country's papers) / "
                        + "(category's share of the world's papers). Strong: index >= %s; weak: index <= %s; "
                        + "countries with fewer than %d papers: too few papers. Each country's position in the "
                        + "category's papers x eigenvector plot (its eigenvector rank and partner type relative to %s "
                        + "there) is set against its all-ICT position; a positive rank change means it stands higher "
                        + "in the category.", trim(rule.strongActivityIndex()), trim(rule.weakActivityIndex()),
                rule.minPapers(), ref())));
        Set<String> cats = new TreeSet<>();
        in.countryCategoryPapers().values().forEach(m -> cats.addAll(m.keySet()));
        cats.remove(ReportInput.UNCATEGORISED);
        Map<String, Long> world = new HashMap<>();
        if (in.categories() != null) {
            in.categories().forEach(c -> world.put(c.category(), c.papers()));
        }
        Map<String, Integer> allRanks = Ranks.descending(eigen(all));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        for (String cat : cats) {
            List<NodeMetrics> slice = bySlice.getOrDefault(Slices.CATEGORY_PREFIX + cat, List.of());
            Map<String, NodeMetrics> sliceById = new HashMap<>();
            slice.forEach(m -> sliceById.put(m.id(), m));
            Map<String, Integer> catRanks = Ranks.descending(eigen(slice));
            NodeMetrics refCat = sliceById.get(ref());
            Typology catTypology = refCat == null ? null
                    : new Typology(refCat.papers(), refCat.eigenvector(), settings.typology());
            for (NodeMetrics m : all) {
                long inCat = in.countryCategoryPapers().getOrDefault(m.id(), Map.of()).getOrDefault(cat, 0L);
                double ai = ActivityIndex.of(inCat, m.papers(), world.getOrDefault(cat, 0L), in.papersWithCountry());
                ActivityIndex.Strength s = ActivityIndex.strength(m.papers(), ai, rule);
                NodeMetrics c = sliceById.get(m.id());
                Integer cr = c == null ? null : catRanks.get(m.id());
                Integer ar = allRanks.get(m.id());
                String catType = c == null || catTypology == null ? null : m.id().equals(ref())
                        ? PartnerType.REFERENCE.label() : catTypology.classify(c.papers(), c.eigenvector()).label();
                rows.add(row(m.id(), cat, inCat, m.papers(), Double.isNaN(ai) ? null : ai, s.label(),
                        c == null ? null : c.eigenvector(), cr, ar, cr == null || ar == null ? null : ar - cr,
                        catType, typeOf(m)));
                String mark = s == ActivityIndex.Strength.STRONG ? " strong"
                        : s == ActivityIndex.Strength.WEAK ? " weak" : "";
                matrix.computeIfAbsent(m.id(), k -> new LinkedHashMap<>())
                        .put(cat, Double.isNaN(ai) ? "" : String.format(Locale.ROOT, "%.2f", ai) + mark);
            }
        }
        List<Table.Column> mc = new ArrayList<>(List.of(string("country"), string("name"), count("papers")));
        cats.forEach(c -> mc.add(string(c)));
        List<List<Object>> mrows = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        settings.regions().stream().filter(allById::containsKey).forEach(shown::add);
        all.stream().limit(settings.chartCountries()).forEach(m -> shown.add(m.id()));
        for (String id : shown) {
            NodeMetrics m = allById.get(id);
            List<Object> r = new ArrayList<>(List.of(id, CountryNames.of(id), m.papers()));
            cats.forEach(c -> r.add(matrix.getOrDefault(id, Map.of()).getOrDefault(c, "")));
            mrows.add(r);
        }
        b.add(new Report.TableBlock(new Table(ReportBuilder.STRENGTHS_MATRIX, "Activity Index per category (region list, then the "
                + "countries with most papers)", mc, mrows)));
        b.add(new Report.TableBlock(new Table(ReportBuilder.STRENGTHS, "Strengths and weaknesses per country and category",
                List.of(string("country"), string("category"), count("papers_in_category"), count("papers"),
                        decimal("activity_index", 3), string("strength"), decimal("eigenvector_in_category", 4),
                        integer("eigenvector_rank_in_category"), integer("eigenvector_rank_all"),
                        integer("rank_change"), string("type_in_category"), string("type_all")), rows)));
        b.add(new Report.TableBlock(SliceTables.table(ReportBuilder.COUNTRIES_CATEGORY, "Countries per category", "category",
                bySlice, Slices.CATEGORY_PREFIX)));
        if (bySlice.isEmpty()) {
            b.add(text("The graph has no category slices, so the positions within categories are not computed."));
        }
        return new Report.Section("strengths", "Strengths and weaknesses by category", b);
    }

    private String ref() {
        return settings.referenceCountry();
    }

    private String typeOf(NodeMetrics m) {
        return type.apply(m);
    }

    private static Map<String, Double> eigen(List<NodeMetrics> rows) {
        Map<String, Double> out = new HashMap<>();
        rows.forEach(m -> out.put(m.id(), m.eigenvector()));
        return out;
    }
}
