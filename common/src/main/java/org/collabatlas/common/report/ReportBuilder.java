package org.collabatlas.common.report;

import static org.collabatlas.common.report.ReportFormat.ratio;
import static org.collabatlas.common.report.ReportFormat.row;
import static org.collabatlas.common.report.ReportFormat.share;
import static org.collabatlas.common.report.ReportFormat.text;
import static org.collabatlas.common.report.ReportFormat.trim;
import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Slices;

/**
 * Builds the report's tables and charts from a {@link ReportInput}: the study's country tables (all countries, the
 * region list, per category, per year), the institution table, overall figures, the partner typology
 * ({@link Typology}) for countries and candidate partner institutions, strengths per category
 * ({@link ActivityIndex}), trends with rank changes, and bootstrap intervals when they exist. Pure and
 * deterministic: rows are sorted with ties broken by id. This class builds the overview, country, typology and
 * network sections; {@link StrengthsSection}, {@link TrendsSection}, {@link InstitutionsSection} and
 * {@link UncertaintySection} the others. Tables of vertices share their metric columns ({@link MetricColumn}).
 */
public final class ReportBuilder {
    /** The table names (file names under {@code report/tables/}). */
    public static final String OVERALL = "overall";
    public static final String CATEGORIES = "categories";
    public static final String COUNTRIES = "countries";
    public static final String COUNTRIES_REGION = "countries_region";
    public static final String COUNTRIES_CATEGORY = "countries_category";
    public static final String COUNTRIES_YEAR = "countries_year";
    public static final String TYPOLOGY = "typology";
    public static final String STRENGTHS = "strengths";
    public static final String STRENGTHS_MATRIX = "strengths_matrix";
    public static final String TRENDS = "trends";
    public static final String INSTITUTIONS = "institutions";
    public static final String PARTNER_INSTITUTIONS = "partner_institutions";
    public static final String UNCERTAINTY = "uncertainty";
    static final int TREND_LINES = 8;

    static final Comparator<NodeMetrics> BY_PAPERS = Comparator.comparingLong(NodeMetrics::papers).reversed()
            .thenComparing(NodeMetrics::id);
    static final Comparator<NodeMetrics> BY_EIGENVECTOR = Comparator
            .comparingDouble(NodeMetrics::eigenvector).reversed().thenComparing(NodeMetrics::id);

    private final ReportInput in;
    private final Settings.Report settings;
    private final List<NodeMetrics> all;
    private final Map<String, NodeMetrics> allById = new HashMap<>();
    private final Typology typology;
    private final Map<String, Interval> eigenIntervals = new HashMap<>();
    private final Map<String, Interval> betweenIntervals = new HashMap<>();

    private ReportBuilder(ReportInput in, Settings.Report settings) {
        this.in = in;
        this.settings = settings;
        this.all = new ArrayList<>(in.countrySlices().getOrDefault(Slices.ALL, List.of()));
        all.sort(BY_PAPERS);
        all.forEach(m -> allById.put(m.id(), m));
        NodeMetrics ref = allById.get(settings.referenceCountry());
        this.typology = ref == null ? null : new Typology(ref.papers(), ref.eigenvector(), settings.typology());
        if (in.intervals() != null) {
            for (Interval i : in.intervals()) {
                if ("country".equals(i.level()) && Slices.ALL.equals(i.slice())) {
                    (Interval.EIGENVECTOR.equals(i.metric()) ? eigenIntervals : betweenIntervals).put(i.id(), i);
                }
            }
        }
    }

    public static Report build(ReportInput in, Settings.Report settings) {
        return new ReportBuilder(in, settings).build();
    }

    private Report build() {
        List<Report.Section> sections = new ArrayList<>();
        sections.add(overview());
        sections.add(countries());
        sections.add(typologySection());
        sections.add(network());
        sections.add(new StrengthsSection(in, settings, all, allById, this::typeOf).build());
        sections.add(new TrendsSection(in, settings, all).build());
        sections.add(InstitutionsSection.build(in, settings));
        sections.add(UncertaintySection.build(in));
        return new Report("collab-atlas report", in.runId(), sections);
    }

    private String ref() {
        return settings.referenceCountry();
    }

    private String typeOf(NodeMetrics m) {
        if (typology == null) {
            return null;
        }
        return m.id().equals(ref()) ? PartnerType.REFERENCE.label()
                : typology.classify(m.papers(), m.eigenvector()).label();
    }

    private Report.Section overview() {
        List<Report.Block> b = new ArrayList<>();
        b.add(text("Run " + in.runId() + ". Papers are counted in full (a paper counts once for every country, "
                + "institution or category it has); a paper is internationally co-authored when its authors are "
                + "in at least two countries. Shares are of the papers with at least one author of known country."));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("papers (after merging duplicates)", in.ingestedPapers(), null));
        rows.add(row("papers with an author of known country", in.papersWithCountry(),
                share(in.papersWithCountry(), in.ingestedPapers())));
        rows.add(row("internationally co-authored papers", in.internationalPapers(),
                share(in.internationalPapers(), in.papersWithCountry())));
        rows.add(row("countries and regions", (long) all.size(), null));
        if (in.institutions() != null) {
            rows.add(row("institutions", (long) in.institutions().size(), null));
        }
        b.add(new Report.TableBlock(new Table(OVERALL, "Overall figures",
                List.of(string("figure"), count("value"), decimal("share", 3)), rows)));
        if (in.categories() == null) {
            b.add(text("ICT categories: not computed (the run has no classify output), so the per-category "
                    + "shares, tables and strengths are not in this report."));
        } else {
            List<List<Object>> cr = new ArrayList<>();
            List<ReportInput.CategoryCount> cats = new ArrayList<>(in.categories());
            cats.sort(Comparator.comparing(ReportInput.CategoryCount::category));
            for (ReportInput.CategoryCount c : cats) {
                cr.add(row(c.category(), c.papers(), share(c.papers(), in.papersWithCountry()),
                        c.internationalPapers(), share(c.internationalPapers(), c.papers())));
            }
            b.add(text("Papers per ICT category; " + ReportInput.UNCATEGORISED + " counts papers in no category. "
                    + "A paper in several categories counts in each, so the shares add up to more than 1."));
            b.add(new Report.TableBlock(new Table(CATEGORIES, "Papers per category",
                    List.of(string("category"), count("papers"), decimal("share_of_papers", 3),
                            count("international_papers"), decimal("international_share", 3)), cr)));
        }
        return new Report.Section("overview", "Overview", b);
    }

    private List<Table.Column> countryColumns(boolean withIntervals) {
        List<Table.Column> c = MetricColumn.after(integer("rank"), string("country"), string("name"));
        if (withIntervals) {
            c.addAll(List.of(decimal("eigenvector_ci_low", 4), decimal("eigenvector_ci_high", 4),
                    integer("eigenvector_rank"), integer("eigenvector_rank_low"), integer("eigenvector_rank_high"),
                    decimal("betweenness_ci_low", 4), decimal("betweenness_ci_high", 4)));
        }
        c.add(string("type"));
        return c;
    }

    private List<Object> countryRow(int rank, NodeMetrics m, boolean withIntervals, String type) {
        List<Object> r = MetricColumn.row(m, rank, m.id(), CountryNames.of(m.id()));
        if (withIntervals) {
            Interval e = eigenIntervals.get(m.id());
            Interval bt = betweenIntervals.get(m.id());
            r.addAll(Arrays.asList(e == null ? null : e.ciLow(), e == null ? null : e.ciHigh(),
                    e == null ? null : e.rank(), e == null ? null : e.rankLow(), e == null ? null : e.rankHigh(),
                    bt == null ? null : bt.ciLow(), bt == null ? null : bt.ciHigh()));
        }
        r.add(type);
        return r;
    }

    private Report.Section countries() {
        List<Report.Block> b = new ArrayList<>();
        boolean iv = !eigenIntervals.isEmpty();
        b.add(text("The study's columns: papers (full counting), international co-authorship ratio, degree "
                + "(distinct partner countries), betweenness (hop shortest paths, normalised), eigenvector "
                + "centrality (weighted, unit norm); then strength (sum of edge weights) and PageRank. Rows by "
                + "papers. The type is the partner typology relative to " + ref() + " (next section)."
                + (iv ? " Confidence intervals are the uncertainty stage's bootstrap intervals."
                        : " Confidence intervals: not computed (the run has no uncertainty stage output).")));
        b.add(new Report.ChartBlock(scatter()));
        List<List<Object>> region = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        int rank = 0;
        for (String code : settings.regions()) {
            NodeMetrics m = allById.get(code);
            if (m == null) {
                absent.add(code);
            } else {
                region.add(countryRow(++rank, m, iv, typeOf(m)));
            }
        }
        b.add(new Report.TableBlock(new Table(COUNTRIES_REGION, "Countries of the region list, in its order",
                countryColumns(iv), region)));
        if (!absent.isEmpty()) {
            b.add(text("Not in the data (no papers): " + String.join(", ", absent) + "."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(countryRow(i + 1, all.get(i), iv, typeOf(all.get(i))));
        }
        b.add(new Report.TableBlock(new Table(COUNTRIES, "All countries and regions", countryColumns(iv), rows)));
        return new Report.Section("countries", "Countries", b);
    }

    private static final Map<PartnerType, String> TYPE_COLOUR = Map.of(
            PartnerType.LEADING_GLOBALLY, Svg.PALETTE[4], PartnerType.EXCHANGE_CENTRED, Svg.PALETTE[0],
            PartnerType.SIMILAR, Svg.PALETTE[2], PartnerType.OWN_PATH, Svg.PALETTE[1],
            PartnerType.EARLY_STAGE, Svg.PALETTE[8], PartnerType.REFERENCE, Svg.PALETTE[7]);

    private String colour(NodeMetrics m) {
        if (typology == null) {
            return Svg.PALETTE[0];
        }
        return TYPE_COLOUR.get(m.id().equals(ref()) ? PartnerType.REFERENCE
                : typology.classify(m.papers(), m.eigenvector()));
    }

    private List<Svg.Key> typeLegend() {
        if (typology == null) {
            return List.of();
        }
        List<Svg.Key> keys = new ArrayList<>();
        for (PartnerType t : PartnerType.values()) {
            keys.add(new Svg.Key(t == PartnerType.REFERENCE ? ref() + " (reference)" : t.label(),
                    TYPE_COLOUR.get(t)));
        }
        return keys;
    }

    /** The countries labelled and drawn in charts: the most central ones, and the reference. */
    private Set<String> chartCountries() {
        Set<String> out = new LinkedHashSet<>();
        all.stream().sorted(BY_EIGENVECTOR).limit(settings.chartCountries()).forEach(m -> out.add(m.id()));
        if (allById.containsKey(ref())) {
            out.add(ref());
        }
        return out;
    }

    private Report.Chart scatter() {
        Set<String> labelled = chartCountries();
        List<Svg.Point> points = new ArrayList<>();
        for (NodeMetrics m : all) {
            Interval e = eigenIntervals.get(m.id());
            points.add(new Svg.Point(labelled.contains(m.id()) ? m.id() : null, m.papers(), m.eigenvector(),
                    e == null ? Double.NaN : e.ciLow(), e == null ? Double.NaN : e.ciHigh(), colour(m),
                    CountryNames.of(m.id()) + ": " + m.papers() + " papers, eigenvector "
                            + String.format(Locale.ROOT, "%.4f", m.eigenvector())
                            + (typology == null ? "" : ", " + typeOf(m))));
        }
        String title = "Papers (log scale) against eigenvector centrality, all countries"
                + (typology == null ? "" : "; dashed lines at " + ref())
                + (eigenIntervals.isEmpty() ? "" : "; bars: bootstrap intervals");
        String svg = Svg.scatter(title, "papers (log scale)", "eigenvector centrality", points,
                typology == null ? Double.NaN : typology.papersLine(),
                typology == null ? Double.NaN : typology.eigenvectorLine(), typeLegend());
        return new Report.Chart("scatter", title, svg, COUNTRIES);
    }

    private Report.Section typologySection() {
        List<Report.Block> b = new ArrayList<>();
        Settings.Typology t = settings.typology();
        if (typology == null) {
            b.add(text("Partner typology: not computed (the reference country " + ref() + " has no papers in "
                    + "this run)."));
            return new Report.Section("typology", "Partner typology", b);
        }
        NodeMetrics r = allById.get(ref());
        b.add(text(String.format(Locale.ROOT, "Relative to %s (%s: %d papers, eigenvector %.4f). Quadrant lines "
                        + "at %s x its papers and %s x its eigenvector centrality; above means strictly greater. "
                        + "More papers and more central: leading globally; fewer papers, more central: "
                        + "exchange-centred; more papers, less central: own path; fewer papers and less central: "
                        + "early-stage, or similar to reference when within a factor %s of its papers and %s of its "
                        + "eigenvector centrality.", CountryNames.of(ref()), ref(), r.papers(), r.eigenvector(),
                trim(t.papersThreshold()), trim(t.eigenvectorThreshold()), trim(t.similarPapersFactor()),
                trim(t.similarEigenvectorFactor()))));
        List<List<Object>> rows = new ArrayList<>();
        List<NodeMetrics> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((NodeMetrics m) -> order(typeOf(m))).thenComparing(BY_EIGENVECTOR));
        for (NodeMetrics m : sorted) {
            rows.add(row(m.id(), CountryNames.of(m.id()), m.papers(), m.eigenvector(),
                    ratio(m.papers(), r.papers()), ratio(m.eigenvector(), r.eigenvector()), typeOf(m)));
        }
        b.add(new Report.TableBlock(new Table(TYPOLOGY, "Partner typology of countries relative to " + ref(),
                List.of(string("country"), string("name"), count("papers"), decimal("eigenvector", 4),
                        decimal("papers_vs_reference", 3), decimal("eigenvector_vs_reference", 3), string("type")),
                rows)));
        return new Report.Section("typology", "Partner typology", b);
    }

    private static int order(String label) {
        for (PartnerType t : PartnerType.values()) {
            if (t.label().equals(label)) {
                return t == PartnerType.REFERENCE ? -1 : t.ordinal();
            }
        }
        return PartnerType.values().length;
    }

    private Report.Section network() {
        List<Report.Block> b = new ArrayList<>();
        List<String> ids = new ArrayList<>(chartCountries());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Edge> edges = new ArrayList<>(in.countryEdges());
        edges.sort(Comparator.comparing(Edge::src).thenComparing(Edge::dst));
        double maxW = 0;
        for (Edge e : edges) {
            Integer a = index.get(e.src());
            Integer c = index.get(e.dst());
            if (a != null && c != null && !a.equals(c)) {
                pairs.add(new int[] {a, c});
                weights.add(e.weight());
                maxW = Math.max(maxW, e.weight());
            }
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] pos = ForceLayout.layout(ids.size(), pairs, w, 300);
        long maxPapers = Math.max(1, ids.stream().mapToLong(id -> allById.get(id).papers()).max().orElse(1));
        List<Svg.Node> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            NodeMetrics m = allById.get(ids.get(i));
            nodes.add(new Svg.Node(m.id(), pos[i][0], pos[i][1], 3 + 14 * Math.sqrt((double) m.papers() / maxPapers),
                    colour(m), CountryNames.of(m.id()) + ": " + m.papers() + " papers, degree " + m.degree()));
        }
        List<Svg.Link> links = new ArrayList<>();
        for (int e = 0; e < pairs.size(); e++) {
            links.add(new Svg.Link(pairs.get(e)[0], pairs.get(e)[1], 0.4 + 6 * Math.sqrt(w[e] / maxW),
                    ids.get(pairs.get(e)[0]) + " - " + ids.get(pairs.get(e)[1]) + ": " + trim(w[e])));
        }
        String title = "International co-authorship network of the " + ids.size()
                + " most central countries (edge width by weight, node size by papers)";
        b.add(text("Force-directed layout (Fruchterman-Reingold, deterministic start on a circle ordered by "
                + "eigenvector centrality); edges between the drawn countries only; colours are the partner types."));
        b.add(new Report.ChartBlock(new Report.Chart("network", title, Svg.network(title, nodes, links, typeLegend()),
                COUNTRIES)));
        return new Report.Section("network", "Collaboration network", b);
    }
}
