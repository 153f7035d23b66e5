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
import org.collabatlas.cli.ConfigLoader;
import org.collabatlas.common.config.Settings;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
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
                .parquet(Table.VERTICES.in(graphDir));
        // several files per slice, so that the large path reads a slice's edges in more partitions than it fetches
        // at a time (one per core)
        spark.createDataFrame(edges, Schemas.EDGES).repartition(7).write().partitionBy("level", "slice")
                .parquet(Table.EDGES.in(graphDir));
        // and each file read as a partition of its own (Spark packs small files together by default)
        spark.conf().set("spark.sql.files.openCostInBytes", Long.toString(1L << 30));
        List<String> small;
        List<String> large;
        try {
            int partitions = spark.read().schema(Schemas.EDGES).parquet(Table.EDGES.in(graphDir))
                    .filter("slice = 'all'").rdd().getNumPartitions();
            assertTrue(partitions > spark.sparkContext().defaultParallelism(), partitions + " partitions");
            small = run(spark, graphDir, "small", 1_000_000);
            large = run(spark, graphDir, "large", 0);
        } finally {
            spark.conf().unset("spark.sql.files.openCostInBytes");
        }
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
        assertEquals(spark1, List.of(VertexIds.sorted(ids)));
        assertTrue(spark1.indexOf("a\uFF21") < spark1.indexOf("a\uD83D\uDE00"), spark1.toString());
    }

    /** The id index finds every id at its number, nothing else, also from a view into a larger buffer. */
    @Test
    void idsIndexEveryIdAndNothingElse() {
        List<Row> rows = new ArrayList<>();
        for (String id : List.of("orcid:0000-0002", "orcid:0000-0001", "a\u00E9", "a\uD83D\uDE00", "", "b",
                "name:zhang wei|https://ror.org/03cve4549")) {
            rows.add(RowFactory.create(id));
        }
        String[] sorted = VertexIds.sorted(rows);
        VertexIds ids = new VertexIds(sorted);
        assertEquals(sorted.length, ids.size());
        for (int v = 0; v < sorted.length; v++) {
            assertEquals(v, ids.indexOf(sorted[v]), sorted[v]);
            // the same bytes at an offset inside another string's buffer, as in one of Spark's rows
            org.apache.spark.unsafe.types.UTF8String padded =
                    org.apache.spark.unsafe.types.UTF8String.fromString("xyz" + sorted[v] + "!");
            assertEquals(v, ids.indexOf(padded.substring(3, 3 + sorted[v].codePointCount(0, sorted[v].length()))));
        }
        for (String absent : List.of("orcid:0000-000", "orcid:0000-00022", "a\u00C9", "c")) {
            assertEquals(-1, ids.indexOf(absent), absent);
        }
        IllegalStateException twice = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new VertexIds(new String[] {"a", "b", "a"}).indexOf("b"));
        assertTrue(twice.getMessage().contains("'a' occurs twice"), twice.getMessage());
    }

    private static List<String> run(SparkSession spark, String graphDir, String name, int maxRows) {
        Settings.Centrality s = ConfigLoader.load(List.of(), List.of("centrality.driver-rows-max-vertices=" + maxRows,
                "centrality.betweenness.exact-max-vertices=300", "centrality.betweenness.epsilon=0.05",
                "centrality.betweenness.distribute-min-vertices=100")).centrality();
        String out = dir.resolve(name).toString();
        CentralityJob.run(spark, s, ConfigLoader.load(List.of(), List.of()).privacy(), graphDir, out,
                dir.resolve(name + "-export").toString(), new StageReport("t"));
        List<String> rows = new ArrayList<>();
        spark.read().schema(Schemas.METRICS).parquet(Table.METRICS.in(out))
                .orderBy("slice", "id").collectAsList().forEach(r -> rows.add(r.mkString(",")));
        return rows;
    }
}
