package org.collabatlas.common.report;

import static org.collabatlas.common.report.Table.Column.count;
import static org.collabatlas.common.report.Table.Column.decimal;
import static org.collabatlas.common.report.Table.Column.integer;
import static org.collabatlas.common.report.Table.Column.string;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.collabatlas.common.config.Settings;

/**
 * Builds the report's tables and charts from a {@link ReportInput}: the study's country tables (all countries, the
 * region list, per category, per year), the institution table, overall figures, the partner typology
 * ({@link Typology}) for countries and candidate partner institutions, strengths per category
 * ({@link ActivityIndex}), trends with rank changes, and bootstrap intervals when they exist. Pure and
 * deterministic: rows are sorted with ties broken by id.
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

    private static final Comparator<NodeMetrics> BY_PAPERS = Comparator.comparingLong(NodeMetrics::papers).reversed()
            .thenComparing(NodeMetrics::id);
    private static final Comparator<NodeMetrics> BY_EIGENVECTOR = Comparator
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
        this.all = new ArrayList<>(in.countrySlices().getOrDefault(ReportInput.ALL, List.of()));
        all.sort(BY_PAPERS);
        all.forEach(m -> allById.put(m.id(), m));
        NodeMetrics ref = allById.get(settings.referenceCountry());
        this.typology = ref == null ? null : new Typology(ref.papers(), ref.eigenvector(), settings.typology());
        if (in.intervals() != null) {
            for (Interval i : in.intervals()) {
                if ("country".equals(i.level()) && ReportInput.ALL.equals(i.slice())) {
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
        sections.add(strengths());
        sections.add(trends());
        sections.add(institutions());
        sections.add(uncertainty());
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

    // ---------------------------------------------------------------- overview

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

    // ---------------------------------------------------------------- countries

    private List<Table.Column> countryColumns(boolean withIntervals) {
        List<Table.Column> c = new ArrayList<>(List.of(integer("rank"), string("country"), string("name"),
                count("papers"), decimal("international_ratio", 3), integer("degree"), decimal("betweenness", 4),
                decimal("eigenvector", 4), decimal("strength", 1), decimal("pagerank", 4)));
        if (withIntervals) {
            c.addAll(List.of(decimal("eigenvector_ci_low", 4), decimal("eigenvector_ci_high", 4),
                    integer("eigenvector_rank"), integer("eigenvector_rank_low"), integer("eigenvector_rank_high"),
                    decimal("betweenness_ci_low", 4), decimal("betweenness_ci_high", 4)));
        }
        c.add(string("type"));
        return c;
    }

    private List<Object> countryRow(int rank, NodeMetrics m, boolean withIntervals, String type) {
        List<Object> r = new ArrayList<>(Arrays.asList(rank, m.id(), CountryNames.of(m.id()), m.papers(),
                m.internationalRatio(), m.degree(), m.betweenness(), m.eigenvector(), m.strength(), m.pagerank()));
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

    // ---------------------------------------------------------------- typology

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

    // ---------------------------------------------------------------- network

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

    // ---------------------------------------------------------------- strengths

    private Report.Section strengths() {
        List<Report.Block> b = new ArrayList<>();
        Map<String, List<NodeMetrics>> bySlice = slices(ReportInput.CATEGORY_PREFIX);
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
            List<NodeMetrics> slice = bySlice.getOrDefault(ReportInput.CATEGORY_PREFIX + cat, List.of());
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
        b.add(new Report.TableBlock(new Table(STRENGTHS_MATRIX, "Activity Index per category (region list, then the "
                + "countries with most papers)", mc, mrows)));
        b.add(new Report.TableBlock(new Table(STRENGTHS, "Strengths and weaknesses per country and category",
                List.of(string("country"), string("category"), count("papers_in_category"), count("papers"),
                        decimal("activity_index", 3), string("strength"), decimal("eigenvector_in_category", 4),
                        integer("eigenvector_rank_in_category"), integer("eigenvector_rank_all"),
                        integer("rank_change"), string("type_in_category"), string("type_all")), rows)));
        b.add(new Report.TableBlock(sliceTable(COUNTRIES_CATEGORY, "Countries per category", "category",
                bySlice, ReportInput.CATEGORY_PREFIX)));
        if (bySlice.isEmpty()) {
            b.add(text("The graph has no category slices, so the positions within categories are not computed."));
        }
        return new Report.Section("strengths", "Strengths and weaknesses by category", b);
    }

    private Map<String, List<NodeMetrics>> slices(String prefix) {
        Map<String, List<NodeMetrics>> out = new TreeMap<>();
        in.countrySlices().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, Double> eigen(List<NodeMetrics> rows) {
        Map<String, Double> out = new HashMap<>();
        rows.forEach(m -> out.put(m.id(), m.eigenvector()));
        return out;
    }

    private Table sliceTable(String name, String title, String key, Map<String, List<NodeMetrics>> bySlice,
                             String prefix) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<NodeMetrics>> e : bySlice.entrySet()) {
            String value = e.getKey().substring(prefix.length());
            List<NodeMetrics> ms = new ArrayList<>(e.getValue());
            ms.sort(BY_PAPERS);
            for (int i = 0; i < ms.size(); i++) {
                NodeMetrics m = ms.get(i);
                rows.add(row(value, i + 1, m.id(), CountryNames.of(m.id()), m.papers(), m.internationalRatio(),
                        m.degree(), m.betweenness(), m.eigenvector(), m.strength(), m.pagerank()));
            }
        }
        return new Table(name, title, List.of(string(key), integer("rank"), string("country"), string("name"),
                count("papers"), decimal("international_ratio", 3), integer("degree"), decimal("betweenness", 4),
                decimal("eigenvector", 4), decimal("strength", 1), decimal("pagerank", 4)), rows);
    }

    // ---------------------------------------------------------------- trends

    private Report.Section trends() {
        List<Report.Block> b = new ArrayList<>();
        Map<String, List<NodeMetrics>> years = slices(ReportInput.YEAR_PREFIX);
        TreeMap<Integer, List<NodeMetrics>> window = new TreeMap<>();
        years.forEach((k, v) -> {
            int y = Integer.parseInt(k.substring(ReportInput.YEAR_PREFIX.length()));
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
            ms.sort(BY_EIGENVECTOR);
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
            all.stream().sorted(BY_EIGENVECTOR).map(NodeMetrics::id).filter(series::containsKey)
                    .limit(TREND_LINES - 1).forEach(drawn::add);
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
                    Svg.lines(title, "eigenvector centrality", labels, lines), TRENDS)));
        }
        b.add(new Report.TableBlock(new Table(TRENDS, "Ranks per year and their change",
                List.of(string("country"), integer("year"), count("papers"), integer("papers_rank"),
                        decimal("eigenvector", 4), integer("eigenvector_rank"), integer("eigenvector_rank_change"),
                        decimal("betweenness", 4), integer("betweenness_rank"), integer("betweenness_rank_change")),
                rows)));
        b.add(new Report.TableBlock(sliceTable(COUNTRIES_YEAR, "Countries per year", "year", years,
                ReportInput.YEAR_PREFIX)));
        return new Report.Section("trends", "Trends", b);
    }

    // ---------------------------------------------------------------- institutions

    private Report.Section institutions() {
        List<Report.Block> b = new ArrayList<>();
        if (in.institutions() == null) {
            b.add(text("Institution tables and partner institutions: not computed (the graph has no institution "
                    + "level in this run)."));
            return new Report.Section("institutions", "Institutions", b);
        }
        List<NodeMetrics> inst = new ArrayList<>(in.institutions());
        inst.sort(BY_PAPERS);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.topInstitutions(), inst.size()); i++) {
            NodeMetrics m = inst.get(i);
            rows.add(row(i + 1, m.id(), m.name(), m.country(), m.papers(), m.internationalRatio(), m.degree(),
                    m.betweenness(), m.eigenvector(), m.strength(), m.pagerank()));
        }
        b.add(text("The " + rows.size() + " institutions with most papers (of " + inst.size() + "); id is the ROR "
                + "id, or cluster:<hash> for an institution not in ROR."));
        b.add(new Report.TableBlock(new Table(INSTITUTIONS, "Institutions with most papers",
                List.of(integer("rank"), string("id"), string("name"), string("country"), count("papers"),
                        decimal("international_ratio", 3), integer("degree"), decimal("betweenness", 4),
                        decimal("eigenvector", 4), decimal("strength", 1), decimal("pagerank", 4)), rows)));
        NodeMetrics lead = inst.stream().filter(m -> ref().equals(m.country())).findFirst().orElse(null);
        if (lead == null) {
            b.add(text("Partner institutions: not computed (no institution of " + ref() + " in this run)."));
            return new Report.Section("institutions", "Institutions", b);
        }
        Typology t = new Typology(lead.papers(), lead.eigenvector(), settings.typology());
        List<NodeMetrics> candidates = new ArrayList<>();
        for (NodeMetrics m : inst) {
            if (m.country() != null && !ref().equals(m.country())) {
                candidates.add(m);
            }
        }
        candidates.sort(Comparator.comparing((NodeMetrics m) -> t.classify(m.papers(), m.eigenvector()).ordinal())
                .thenComparing(BY_EIGENVECTOR));
        List<List<Object>> prow = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.typology().partnerInstitutions(), candidates.size()); i++) {
            NodeMetrics m = candidates.get(i);
            prow.add(row(i + 1, m.id(), m.name(), m.country(), m.papers(), m.eigenvector(),
                    in.institutionLinks().getOrDefault(m.id(), 0.0), t.classify(m.papers(), m.eigenvector()).label()));
        }
        b.add(text("Candidate partner institutions for " + ref() + ": institutions of other countries, typed "
                + "relative to " + ref() + "'s leading institution (" + (lead.name() == null ? lead.id()
                : lead.name()) + ", " + lead.papers() + " papers) with the same rule as the countries, ranked by "
                + "type (leading globally, exchange-centred, similar, own path, early-stage), then eigenvector "
                + "centrality; papers_with_reference is the weight of their edges to institutions of " + ref() + "."));
        b.add(new Report.TableBlock(new Table(PARTNER_INSTITUTIONS, "Candidate partner institutions for " + ref(),
                List.of(integer("rank"), string("id"), string("name"), string("country"), count("papers"),
                        decimal("eigenvector", 4), decimal("papers_with_reference", 1), string("type")), prow)));
        return new Report.Section("institutions", "Institutions", b);
    }

    // ---------------------------------------------------------------- uncertainty

    private Report.Section uncertainty() {
        List<Report.Block> b = new ArrayList<>();
        if (in.intervals() == null) {
            b.add(text("Bootstrap confidence intervals: not computed (the run has no uncertainty stage output)."));
            return new Report.Section("uncertainty", "Uncertainty", b);
        }
        List<Interval> iv = new ArrayList<>();
        for (Interval i : in.intervals()) {
            if ("country".equals(i.level()) && ReportInput.ALL.equals(i.slice())) {
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
        b.add(new Report.TableBlock(new Table(UNCERTAINTY, "Bootstrap intervals of country centralities",
                List.of(string("country"), string("metric"), decimal("estimate", 4), decimal("mean", 4),
                        decimal("ci_low", 4), decimal("ci_high", 4), integer("rank"), integer("rank_low"),
                        integer("rank_high"), integer("replicates")), rows)));
        return new Report.Section("uncertainty", "Uncertainty", b);
    }

    // ---------------------------------------------------------------- helpers

    private static Report.Text text(String s) {
        return new Report.Text(s);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
