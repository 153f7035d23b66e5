package org.collabatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A country graph worked by hand. Papers (year: countries):
 * p1 (2020: JP, US), p2 (2020: JP, US, CN), p3 (2021: JP), p4 (2021: CN, US), p5 (2021: JP, JP) -> one JP node.
 * <pre>
 * papers:        JP 4 (p1 p2 p3 p5), US 3 (p1 p2 p4), CN 2 (p2 p4)
 * international: JP 2 (p1 p2),       US 3,            CN 2
 * edges, full:   JP-US 2 (p1 p2), CN-JP 1 (p2), CN-US 2 (p2 p4)
 * fractional:    JP-US 1 + 1/3, CN-JP 1/3, CN-US 1/3 + 1    (p2 has 3 pairs, so 1/3 each)
 * year=2020:     JP 2 / 2, US 2 / 2, CN 1 / 1; JP-US 2, CN-JP 1, CN-US 1
 * </pre>
 */
@ExtendWith(SparkTestSession.class)
class CollaborationGraphTest {
    static CollaborationGraph.Graph full;
    static CollaborationGraph.Graph fractional;

    @BeforeAll
    static void build(SparkSession spark) {
        StructType schema = new StructType().add("paper_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
                .add("id", DataTypes.StringType).add("country", DataTypes.StringType);
        List<Row> rows = List.of(r("p1", 2020, "JP"), r("p1", 2020, "US"), r("p2", 2020, "JP"), r("p2", 2020, "US"),
                r("p2", 2020, "CN"), r("p3", 2021, "JP"), r("p4", 2021, "CN"), r("p4", 2021, "US"),
                r("p5", 2021, "JP"), r("p5", 2021, "JP"));
        Dataset<Row> nodes = spark.createDataFrame(rows, schema);
        full = CollaborationGraph.build(nodes, org.collabatlas.common.config.Settings.Graph.Counting.FULL);
        fractional = CollaborationGraph.build(nodes, org.collabatlas.common.config.Settings.Graph.Counting.FRACTIONAL);
    }

    static Row r(String paper, int year, String country) {
        return RowFactory.create(paper, year, country, country);
    }

    static Map<String, String> vertices(CollaborationGraph.Graph g, String slice) {
        Map<String, String> out = new TreeMap<>();
        g.vertices().filter("slice = '" + slice + "'").collectAsList().forEach(v -> out.put(v.getAs("id"),
                v.getAs("papers") + "/" + v.getAs("international_papers")));
        return out;
    }

    static Map<String, Double> edges(CollaborationGraph.Graph g, String slice) {
        Map<String, Double> out = new TreeMap<>();
        g.edges().filter("slice = '" + slice + "'").collectAsList().forEach(e -> out.put(e.getAs("src") + "-"
                + e.getAs("dst"), e.<Double>getAs("weight")));
        return out;
    }

    @Test
    void verticesCountPapersAndInternationalPapers() {
        assertEquals(Map.of("CN", "2/2", "JP", "4/2", "US", "3/3"), vertices(full, "all"));
        assertEquals(Map.of("CN", "1/1", "JP", "2/2", "US", "2/2"), vertices(full, "year=2020"));
        assertEquals(Map.of("CN", "1/1", "JP", "2/0", "US", "1/1"), vertices(full, "year=2021"));
        Row jp = full.vertices().filter("slice = 'all' and id = 'JP'").first();
        assertEquals(0.5, jp.<Double>getAs("international_ratio"), 1e-15);
    }

    @Test
    void fullCountingEdges() {
        assertEquals(Map.of("JP-US", 2.0, "CN-JP", 1.0, "CN-US", 2.0), edges(full, "all"));
        assertEquals(Map.of("JP-US", 2.0, "CN-JP", 1.0, "CN-US", 1.0), edges(full, "year=2020"));
        assertEquals(Map.of("CN-US", 1.0), edges(full, "year=2021"));
    }

    @Test
    void fractionalCountingDistributesOnePerPaper() {
        Map<String, Double> e = edges(fractional, "all");
        assertEquals(1 + 1.0 / 3, e.get("JP-US"), 1e-12);
        assertEquals(1.0 / 3, e.get("CN-JP"), 1e-12);
        assertEquals(1 + 1.0 / 3, e.get("CN-US"), 1e-12);
        // p1, p2 and p4 make edges: the weights sum to 3 papers
        assertEquals(3.0, e.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    @Test
    void edgesAreOrientedAndUnique() {
        List<Row> rows = full.edges().collectAsList();
        rows.forEach(r -> assertEquals(-1, Integer.signum(r.<String>getAs("src").compareTo(r.getAs("dst")))));
        assertEquals(rows.size(), full.edges().select("slice", "src", "dst").distinct().count());
        rows.forEach(r -> assertEquals(true, r.<Boolean>getAs("international")));
    }

    /**
     * Fractional weights are exact sums rounded once: seven papers of three countries give every pair 7 x 1/3, whose
     * nearest double is 7.0 / 3 (a running sum of the double 1/3 gives 2.333333333333333 instead); and 21 papers of
     * seven countries give each pair 21 x 1/21 = 1.0 exactly.
     */
    @Test
    void fractionalWeightsAreExactSumsRoundedOnce(SparkSession spark) {
        StructType schema = new StructType().add("paper_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
                .add("id", DataTypes.StringType).add("country", DataTypes.StringType);
        List<Row> rows = new java.util.ArrayList<>();
        for (int p = 0; p < 7; p++) {
            for (String c : List.of("A", "B", "C")) {
                rows.add(RowFactory.create("t" + p, 2020, c, c));
            }
        }
        for (int p = 0; p < 21; p++) {
            for (String c : List.of("D", "E", "F", "G", "H", "I", "J")) {
                rows.add(RowFactory.create("s" + p, 2020, c, c));
            }
        }
        CollaborationGraph.Graph g = CollaborationGraph.build(spark.createDataFrame(rows, schema),
                org.collabatlas.common.config.Settings.Graph.Counting.FRACTIONAL);
        Map<String, Double> e = edges(g, "all");
        double running = 0;
        for (int p = 0; p < 7; p++) {
            running += 1.0 / 3;
        }
        org.junit.jupiter.api.Assertions.assertNotEquals(7.0 / 3, running);
        assertEquals(7.0 / 3, e.get("A-B"));
        assertEquals(7.0 / 3, e.get("B-C"));
        assertEquals(1.0, e.get("D-J"));
        assertEquals(3 + 21, e.size());
        g.release();
    }
}
