package org.collabatlas.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Slices;
import org.collabatlas.common.report.Edge;
import org.collabatlas.common.report.HtmlReport;
import org.collabatlas.common.report.Interval;
import org.collabatlas.common.report.MarkdownReport;
import org.collabatlas.common.report.NodeMetrics;
import org.collabatlas.common.report.NotebookReport;
import org.collabatlas.common.report.Report;
import org.collabatlas.common.report.ReportBuilder;
import org.collabatlas.common.report.ReportInput;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.RunLayout;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas report}: the run's tables, partner typology, strengths, trends and uncertainty as
 * {@code report/tables/<name>.{csv,md}} and {@code report/tables/<name>/} (Parquet), {@code report.html}
 * (self-contained), {@code report.ipynb} (nbformat 4), {@code report.md} and {@code charts/<name>.svg}.
 *
 * <p>Reads ingest's papers, the graph stage's per-paper country sets ({@code paper_countries}) and country edges
 * and the centrality metrics (levels country and, when present, institution); and, when those stages ran, {@code classify/paper_categories} and
 * {@code uncertainty/intervals}, saying "not computed" in the report when they did not. Everything is reduced on
 * Spark to per-country and per-category counts and collected (country graphs are small; the institution level is
 * collected for slice {@code all} only); the report itself is built by {@link ReportBuilder} in {@code common}.
 */
public final class ReportJob implements Stage {
    public static final String CHARTS = "charts";
    public static final String HTML = "report.html";
    public static final String NOTEBOOK = "report.ipynb";
    public static final String MARKDOWN = "report.md";
    static final String COUNTRY_LEVEL = Settings.Graph.Level.COUNTRY.id();
    static final String INSTITUTION_LEVEL = Settings.Graph.Level.INSTITUTION.id();

    /** The columns of resolve's {@code institutions} the report reads (display names). */
    static final StructType INSTITUTION_NAMES = new StructType(new StructField[] {
        DataTypes.createStructField(ID, DataTypes.StringType, false),
        DataTypes.createStructField(NAME, DataTypes.StringType, true)});

    @Override
    public StageId id() {
        return StageId.REPORT;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.PAPERS, Table.PAPER_COUNTRIES, Table.EDGES, Table.METRICS);
    }

    /** Analysts' names of institutions, the categories, and the intervals, each said "not computed" when absent. */
    @Override
    public Set<Table> readsIfPresent() {
        return Set.of(Table.INSTITUTIONS, Table.PAPER_CATEGORIES, Table.INTERVALS);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.REPORT_TABLES);
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.config().report(), ctx.layout(), ctx.dir(), ctx.report());
    }

    /** Reads the run's tables through {@code layout}; writes into {@code stageDir}. */
    public static void run(SparkSession spark, Settings.Report settings, RunLayout layout, String stageDir,
                           StageReport report) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ReportInput input = report.step("collect report inputs", () -> collect(spark, conf, settings, layout));
        Report r = report.step("build report", () -> ReportBuilder.build(input, settings));
        report.step("write tables", () -> {
            for (org.collabatlas.common.report.Table t : r.tables()) {
                String base = HadoopFiles.child(Table.REPORT_TABLES.in(stageDir), t.name());
                HadoopFiles.writeString(conf, base + ".csv", t.toCsv());
                HadoopFiles.writeString(conf, base + ".md", "### " + t.title() + "\n\n" + t.toMarkdown());
                writeParquet(spark, t, base);
            }
        });
        report.step("write report", () -> {
            for (Report.Chart c : r.charts()) {
                HadoopFiles.writeString(conf, HadoopFiles.child(HadoopFiles.child(stageDir, CHARTS), c.name() + ".svg"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg() + "\n");
            }
            HadoopFiles.writeString(conf, HadoopFiles.child(stageDir, HTML), HtmlReport.render(r));
            HadoopFiles.writeString(conf, HadoopFiles.child(stageDir, NOTEBOOK), NotebookReport.render(r, stageDir));
            HadoopFiles.writeString(conf, HadoopFiles.child(stageDir, MARKDOWN), MarkdownReport.render(r));
        });
        Map<String, Object> counts = new LinkedHashMap<>();
        r.tables().forEach(t -> counts.put(t.name(), t.rows().size()));
        report.counts(Map.of("tables", counts, "charts", r.charts().size()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("categories", input.categories() == null ? "not computed" : "present");
        inputs.put("intervals", input.intervals() == null ? "not computed" : "present");
        inputs.put("institution_level", input.institutions() == null ? "not computed" : "present");
        report.put("inputs", inputs);
        report.put("report", HadoopFiles.child(stageDir, HTML));
    }

    static ReportInput collect(SparkSession spark, Configuration conf, Settings.Report settings, RunLayout layout) {
        long ingested = spark.read().schema(Schemas.PAPERS).parquet(layout.table(Table.PAPERS)).count();
        // the graph stage's per-paper country sets (one row per paper): papers with at least one known country
        Dataset<Row> perPaper = spark.read().schema(Schemas.PAPER_COUNTRIES)
                .parquet(layout.table(Table.PAPER_COUNTRIES))
                .filter(size(col(COUNTRIES)).gt(0)).select(col(PAPER_ID), col(INTERNATIONAL), col(COUNTRIES))
                .cache();
        Row totals = perPaper.agg(count(lit(1)), sum(when(col(INTERNATIONAL), 1).otherwise(0))).first();
        long withCountry = totals.getLong(0);
        long intl = totals.isNullAt(1) ? 0 : totals.getLong(1);

        List<ReportInput.CategoryCount> categories = null;
        Map<String, Map<String, Long>> countryCategory = null;
        if (layout.hasTable(conf, Table.PAPER_CATEGORIES)) {
            Dataset<Row> pc = spark.read().schema(Schemas.PAPER_CATEGORIES).parquet(layout.table(Table.PAPER_CATEGORIES))
                    .select(col(PAPER_ID), col(CATEGORY)).distinct();
            // one row per paper and category (papers are distinct in perPaper); none = uncategorised
            Dataset<Row> withCat = perPaper.join(pc, perPaper.col(PAPER_ID).equalTo(pc.col(PAPER_ID)), "left")
                    .select(perPaper.col(PAPER_ID), col(INTERNATIONAL), col(CATEGORY))
                    .na().fill(ReportInput.UNCATEGORISED, new String[] {CATEGORY});
            categories = new ArrayList<>();
            for (Row r : withCat.groupBy(col(CATEGORY)).agg(count(lit(1)),
                    sum(when(col(INTERNATIONAL), 1).otherwise(0))).orderBy(CATEGORY).collectAsList()) {
                categories.add(new ReportInput.CategoryCount(r.getString(0), r.getLong(1), r.getLong(2)));
            }
            countryCategory = new HashMap<>();
            for (Row r : perPaper.select(col(PAPER_ID), explode(col(COUNTRIES)).as(COUNTRY)).join(pc, PAPER_ID)
                    .groupBy(col(COUNTRY), col(CATEGORY)).agg(count(lit(1))).collectAsList()) {
                countryCategory.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getString(1),
                        r.getLong(2));
            }
        }

        Dataset<Row> metrics = spark.read().schema(Schemas.METRICS)
                .parquet(layout.table(Table.METRICS));
        Map<String, List<NodeMetrics>> countrySlices = new TreeMap<>();
        for (Row r : metrics.filter(col(LEVEL).equalTo(COUNTRY_LEVEL)).orderBy(SLICE, ID).collectAsList()) {
            countrySlices.computeIfAbsent(r.getString(r.fieldIndex(SLICE)), k -> new ArrayList<>())
                    .add(node(r, null));
        }
        List<NodeMetrics> institutions = null;
        Map<String, Double> links = new HashMap<>();
        Dataset<Row> inst = metrics.filter(col(LEVEL).equalTo(INSTITUTION_LEVEL)
                .and(col(SLICE).equalTo(Slices.ALL)));
        List<Row> instRows = inst.orderBy(ID).collectAsList();
        Dataset<Row> edges = spark.read().schema(Schemas.EDGES).parquet(layout.table(Table.EDGES));
        if (!instRows.isEmpty()) {
            Map<String, String> names = new HashMap<>();
            if (layout.hasTable(conf, Table.INSTITUTIONS)) {
                for (Row r : spark.read().schema(INSTITUTION_NAMES).parquet(layout.table(Table.INSTITUTIONS))
                        .collectAsList()) {
                    names.put(r.getString(0), r.getString(1));
                }
            }
            institutions = new ArrayList<>();
            for (Row r : instRows) {
                institutions.add(node(r, names.get(r.getString(r.fieldIndex(ID)))));
            }
            Dataset<Row> refInst = inst.filter(col(COUNTRY).equalTo(settings.referenceCountry()))
                    .select(col(ID).as("ref_id"));
            Dataset<Row> instEdges = edges.filter(col(LEVEL).equalTo(INSTITUTION_LEVEL)
                    .and(col(SLICE).equalTo(Slices.ALL)));
            Dataset<Row> bySrc = instEdges.join(refInst, col(DST).equalTo(col("ref_id"))).select(col(SRC).as(ID),
                    col(WEIGHT));
            Dataset<Row> byDst = instEdges.join(refInst, col(SRC).equalTo(col("ref_id"))).select(col(DST).as(ID),
                    col(WEIGHT));
            for (Row r : bySrc.union(byDst).groupBy(col(ID)).agg(sum(col(WEIGHT))).collectAsList()) {
                links.put(r.getString(0), r.getDouble(1));
            }
        }
        List<Edge> countryEdges = new ArrayList<>();
        for (Row r : edges.filter(col(LEVEL).equalTo(COUNTRY_LEVEL).and(col(SLICE).equalTo(Slices.ALL)))
                .select(SRC, DST, WEIGHT).orderBy(SRC, DST).collectAsList()) {
            countryEdges.add(new Edge(r.getString(0), r.getString(1), r.getDouble(2)));
        }

        List<Interval> intervals = null;
        if (layout.hasTable(conf, Table.INTERVALS)) {
            intervals = new ArrayList<>();
            for (Row r : spark.read().schema(Schemas.INTERVALS).parquet(layout.table(Table.INTERVALS)).orderBy(LEVEL, SLICE, METRIC, ID)
                    .collectAsList()) {
                intervals.add(new Interval(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        dbl(r, 4), dbl(r, 5), dbl(r, 6), dbl(r, 7), r.isNullAt(8) ? 0 : r.getInt(8),
                        r.isNullAt(9) ? 0 : r.getInt(9), r.isNullAt(10) ? 0 : r.getInt(10),
                        r.isNullAt(11) ? 0 : r.getInt(11)));
            }
        }
        perPaper.unpersist();
        return new ReportInput(layout.runId(), ingested, withCountry, intl, categories, countrySlices, countryEdges,
                countryCategory, institutions, links, intervals);
    }

    private static double dbl(Row r, int i) {
        return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
    }

    private static NodeMetrics node(Row r, String name) {
        return new NodeMetrics(r.getString(r.fieldIndex(ID)), r.getString(r.fieldIndex(COUNTRY)), name,
                r.getLong(r.fieldIndex(PAPERS)), r.getLong(r.fieldIndex(INTERNATIONAL_PAPERS)),
                r.getDouble(r.fieldIndex(INTERNATIONAL_RATIO)), r.getInt(r.fieldIndex(DEGREE)),
                r.getDouble(r.fieldIndex(STRENGTH)), r.getDouble(r.fieldIndex(EIGENVECTOR)),
                r.getDouble(r.fieldIndex(PAGERANK)), r.getDouble(r.fieldIndex(BETWEENNESS)));
    }

    /** A report table as one Parquet file, columns typed as the table's. */
    static void writeParquet(SparkSession spark, org.collabatlas.common.report.Table t, String path) {
        List<StructField> fields = new ArrayList<>();
        for (org.collabatlas.common.report.Table.Column c : t.columns()) {
            DataType type = switch (c.type()) {
                case STRING -> DataTypes.StringType;
                case INT -> DataTypes.IntegerType;
                case LONG -> DataTypes.LongType;
                case DOUBLE -> DataTypes.DoubleType;
            };
            fields.add(DataTypes.createStructField(c.name(), type, true));
        }
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            rows.add(RowFactory.create(r.toArray()));
        }
        spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))).coalesce(1).write()
                .mode(SaveMode.ErrorIfExists).parquet(path);
    }
}
