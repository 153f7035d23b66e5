package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.collabatlas.schema.Columns.*;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Slices;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.BuildInfo;
import org.collabatlas.run.RunLayout;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.UsageException;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas edge-metrics --in EDGES.csv --out DIR}: the centralities of the centrality stage for any
 * undirected weighted graph given as a CSV edge list with a header {@code src,dst[,weight]} (weight 1 when absent;
 * repeated pairs in either direction add up; self-loops are dropped and counted). Writes
 * {@code DIR/metrics.csv} ({@code id,degree,strength,eigenvector,pagerank,betweenness,betweenness_method}) and
 * {@code DIR/_run.json}. For graphs made elsewhere, and for benchmarks against other tools on the same edges.
 */
public final class EdgeMetricsJob {
    private EdgeMetricsJob() {
    }

    /** The {@code edge-metrics} command: {@link #run} with its {@code _run.json} in {@code outDir}. */
    public static void command(SparkSession spark, AtlasConfig config, String in, String outDir, PrintStream out) {
        StageReport report = new StageReport("edge-metrics");
        report.put("version", BuildInfo.version()).put("config_hash", config.hash()).put("in", in);
        report.runAndWrite(spark.sparkContext().hadoopConfiguration(), HadoopFiles.child(outDir, RunLayout.RUN_JSON),
                config.asMap(), () -> run(spark, config.centrality(), in, outDir, report), () -> { });
        out.println("edge-metrics: " + report.get("counts") + " -> " + outDir);
    }

    public static void run(SparkSession spark, Settings.Centrality settings, String in, String outDir,
                           StageReport report) {
        Dataset<Row> raw = spark.read().option("header", "true").csv(in);
        List<String> columns = Arrays.asList(raw.columns());
        if (!columns.contains(SRC) || !columns.contains(DST)) {
            throw new UsageException(in + ": an edge list needs a header with src and dst (and optionally weight), "
                    + "found " + columns);
        }
        Dataset<Row> all = raw.select(col(SRC), col(DST), columns.contains(WEIGHT)
                ? col(WEIGHT).cast(DataTypes.DoubleType).as(WEIGHT) : lit(1.0).as(WEIGHT));
        long selfLoops = all.filter(col(SRC).equalTo(col(DST))).count();
        Dataset<Row> edges = all.filter(col(SRC).notEqual(col(DST)))
                .withColumn(LEVEL, lit("edges")).withColumn(SLICE, lit(Slices.ALL));
        Dataset<Row> vertices = edges.select(col(SRC).as(ID)).union(edges.select(col(DST).as(ID))).distinct()
                .withColumn(COUNTRY, lit(null).cast(DataTypes.StringType))
                .withColumn(PAPERS, lit(0L)).withColumn(INTERNATIONAL_PAPERS, lit(0L))
                .withColumn(INTERNATIONAL_RATIO, lit(0.0))
                .withColumn(LEVEL, lit("edges")).withColumn(SLICE, lit(Slices.ALL));
        SliceGraph g = report.step("read edges and build the graph",
                () -> SliceGraph.collect(vertices, edges, "edges", Slices.ALL));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = settings.betweenness().tasks() > 0 ? settings.betweenness().tasks() : 4 * sc.defaultParallelism();
        Map<String, Object> info = new LinkedHashMap<>();
        List<Row> rows = report.step("centralities", () -> CentralityJob.metrics(sc, g, settings, tasks, info));
        StringBuilder csv = new StringBuilder("id,degree,strength,eigenvector,pagerank,betweenness,betweenness_method\n");
        for (Row r : rows) {
            csv.append(CsvExport.field(r.getString(at(ID))));
            for (String c : List.of(DEGREE, STRENGTH, EIGENVECTOR, PAGERANK, BETWEENNESS, BETWEENNESS_METHOD)) {
                csv.append(',').append(r.get(at(c)));
            }
            csv.append('\n');
        }
        report.step("write metrics.csv", () -> HadoopFiles.writeString(spark.sparkContext().hadoopConfiguration(),
                HadoopFiles.child(outDir, "metrics.csv"), csv.toString()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("vertices", g.graph().vertexCount());
        counts.put("edges", g.graph().edgeCount());
        counts.put("self_loops_dropped", selfLoops);
        report.counts(counts).put("metrics", info);
    }

    private static int at(String column) {
        return Schemas.METRICS.fieldIndex(column);
    }
}
