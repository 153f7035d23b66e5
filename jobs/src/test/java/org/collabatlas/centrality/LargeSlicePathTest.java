package org.collabatlas.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.cli.Main;
import org.collabatlas.cli.StageReport;
import org.collabatlas.common.config.Settings;
import org.collabatlas.graph.GraphJob;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways a slice reaches the kernels — vertex rows collected to the driver ({@link SliceGraph}), or numbered
 * in Spark with only the edge arrays streamed ({@link LargeSlice}, the author graph's path) — give the same rows:
 * same vertex numbering, so identical metrics, on a seeded random graph of two slices with isolated vertices.
 */
@ExtendWith(SparkTestSession.class)
class LargeSlicePathTest {
    @TempDir
    static Path dir;

    @Test
    void bothPathsGiveIdenticalMetrics(SparkSession spark) {
        Random rnd = new Random(7);
        List<Row> vertices = new ArrayList<>();
        List<Row> edges = new ArrayList<>();
        for (String slice : List.of("all", "year=2020")) {
            int n = slice.equals("all") ? 400 : 150;
            for (int i = 0; i < n; i++) {
                long papers = 1 + rnd.nextInt(20);
                long intl = rnd.nextInt((int) papers + 1);
                vertices.add(RowFactory.create(String.format("a%04d", i), i % 3 == 0 ? null : "JP", papers, intl,
                        (double) intl / papers, "author", slice));
            }
            TreeMap<String, Double> pairs = new TreeMap<>();
            for (int k = 0; k < n * 3; k++) {
                int u = rnd.nextInt(n - 5);
                int v = rnd.nextInt(n - 5);
                if (u != v) {
                    String a = String.format("a%04d", Math.min(u, v));
                    String b = String.format("a%04d", Math.max(u, v));
                    pairs.merge(a + " " + b, (double) (1 + rnd.nextInt(3)), Double::sum);
                }
            }
            pairs.forEach((k, w) -> edges.add(RowFactory.create(k.split(" ")[0], k.split(" ")[1], w,
                    w.longValue(), w / 2, null, "author", slice)));
        }
        String graphDir = dir.resolve("graph").toString();
        spark.createDataFrame(vertices, Schemas.VERTICES).write().partitionBy("level", "slice")
                .parquet(graphDir + "/" + GraphJob.VERTICES);
        spark.createDataFrame(edges, Schemas.EDGES).write().partitionBy("level", "slice")
                .parquet(graphDir + "/" + GraphJob.EDGES);

        List<String> small = run(spark, graphDir, "small", 1_000_000);
        List<String> large = run(spark, graphDir, "large", 0);
        assertEquals(550, small.size());
        assertEquals(small, large);
        assertTrue(small.stream().anyMatch(r -> r.contains(",0,0.0,")), "isolated vertices are in the output");
    }

    /** The driver's numbering of the large path is Spark's string order (UTF-8 bytes), also beyond ASCII. */
    @Test
    void driverNumberingIsSparksStringOrder(SparkSession spark) {
        // U+FF21 sorts before U+1F600 in UTF-8 bytes but after it in Java's UTF-16 String order
        List<Row> ids = new ArrayList<>();
        for (String id : List.of("b", "a\uFF21", "a\uD83D\uDE00", "a\u00E9", "A", "a", "orcid:0000-0002",
                "orcid:0000-0001")) {
            ids.add(RowFactory.create(id));
        }
        StructType schema = new StructType().add("id", DataTypes.StringType);
        List<String> spark1 = spark.createDataFrame(ids, schema).orderBy("id").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        assertEquals(spark1, List.of(LargeSlice.sortedIds(ids)));
        assertTrue(spark1.indexOf("a\uFF21") < spark1.indexOf("a\uD83D\uDE00"), spark1.toString());
    }

    private static List<String> run(SparkSession spark, String graphDir, String name, int maxRows) {
        Settings.Centrality s = Main.loadConfig(List.of(), List.of("centrality.driver-rows-max-vertices=" + maxRows,
                "centrality.betweenness.exact-max-vertices=300", "centrality.betweenness.epsilon=0.05",
                "centrality.betweenness.distribute-min-vertices=100")).centrality();
        String out = dir.resolve(name).toString();
        CentralityJob.run(spark, s, Main.loadConfig(List.of(), List.of()).privacy(), graphDir, out, dir.resolve(name + "-export").toString(), new StageReport("t"));
        List<String> rows = new ArrayList<>();
        spark.read().schema(Schemas.METRICS).parquet(out + "/" + CentralityJob.METRICS)
                .orderBy("slice", "id").collectAsList().forEach(r -> rows.add(r.mkString(",")));
        return rows;
    }
}
