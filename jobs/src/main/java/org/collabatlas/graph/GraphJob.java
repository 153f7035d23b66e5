package org.collabatlas.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.collabatlas.schema.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.cli.StageReport;
import org.collabatlas.ingest.IngestJob;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.resolve.ResolveJob;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas graph}: co-authorship graphs in GraphFrames' data model, written as one {@code vertices} and
 * one {@code edges} table partitioned by {@code level} and {@code slice} ({@code all}, {@code year=YYYY}).
 * Levels built today: {@code country} (from the resolved country of each authorship; authorships whose country is
 * unknown do not make nodes, and a paper none of whose authorships has a country is in no vertex).
 */
public final class GraphJob {
    public static final String VERTICES = "vertices";
    public static final String EDGES = "edges";
    public static final String COUNTRY_LEVEL = "country";

    private GraphJob() {
    }

    public static void run(SparkSession spark, org.collabatlas.common.config.Settings.Graph.Counting counting, String ingestDir,
                           String resolveDir, String stageDir, StageReport report) {
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS).parquet(HadoopFiles.child(ingestDir, IngestJob.PAPERS))
                .select(col(PAPER_ID), col(YEAR));
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(HadoopFiles.child(resolveDir, ResolveJob.AUTHORSHIPS_RESOLVED));
        Dataset<Row> countryNodes = authorships.filter(col(COUNTRY).isNotNull())
                .select(col(PAPER_ID), col(COUNTRY).as(ID), col(COUNTRY))
                .join(papers, PAPER_ID);
        CollaborationGraph.Graph g = CollaborationGraph.build(countryNodes, counting);
        report.step("build and write country vertices", () -> g.vertices().withColumn(LEVEL, lit(COUNTRY_LEVEL))
                .select(Schemas.columns(Schemas.VERTICES))
                .repartition(col(LEVEL), col(SLICE)).sortWithinPartitions(LEVEL, SLICE, ID)
                .write().mode(SaveMode.ErrorIfExists).partitionBy(LEVEL, SLICE)
                .parquet(HadoopFiles.child(stageDir, VERTICES)));
        report.step("build and write country edges", () -> g.edges().withColumn(LEVEL, lit(COUNTRY_LEVEL))
                .select(Schemas.columns(Schemas.EDGES))
                .repartition(col(LEVEL), col(SLICE)).sortWithinPartitions(LEVEL, SLICE, SRC, DST)
                .write().mode(SaveMode.ErrorIfExists).partitionBy(LEVEL, SLICE)
                .parquet(HadoopFiles.child(stageDir, EDGES)));

        List<Row> v = spark.read().schema(Schemas.VERTICES).parquet(HadoopFiles.child(stageDir, VERTICES))
                .groupBy(col(LEVEL), col(SLICE)).agg(count(lit(1)).as("n")).collectAsList();
        List<Row> e = spark.read().schema(Schemas.EDGES).parquet(HadoopFiles.child(stageDir, EDGES))
                .groupBy(col(LEVEL), col(SLICE)).agg(count(lit(1)).as("n")).collectAsList();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("counting", counting.name().toLowerCase(java.util.Locale.ROOT));
        counts.put("vertices", bySlice(v));
        counts.put("edges", bySlice(e));
        report.put("counts", counts);
    }

    private static Map<String, Long> bySlice(List<Row> rows) {
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.getString(0) + "/" + r.getString(1), r.getLong(2)));
        return out;
    }
}
