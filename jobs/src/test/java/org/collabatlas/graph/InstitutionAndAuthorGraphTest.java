package org.collabatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.collabatlas.graph.CollaborationGraphTest.edges;
import static org.collabatlas.graph.CollaborationGraphTest.vertices;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An institution graph with category slices, worked by hand. Institutions A, B (JP), C (US), D (country unknown).
 * Papers (year: institutions; authorship countries; categories):
 * <pre>
 * q1 (2020: A B; JP;        ai)           domestic
 * q2 (2020: A C; JP US)                   international
 * q3 (2021: A B C; JP US;   ai, networks) international
 * q4 (2021: C D; US CN)                   international (D's authorship says CN though D has no country)
 *
 * all:     A 3/2 (q1 q2 q3), B 2/1 (q1 q3), C 3/3 (q2 q3 q4), D 1/1 (q4)
 * edges:   A-B 2 domestic, A-C 2 international, B-C 1 international, C-D 1 unknown
 * fractional: A-B 1 + 1/3, A-C 1 + 1/3, B-C 1/3, C-D 1
 * category=ai:       A 2/1, B 2/1, C 1/1; A-B 2, A-C 1, B-C 1
 * category=networks: A 1/1, B 1/1, C 1/1; A-B 1, A-C 1, B-C 1
 * year=2021:         A 1/1, B 1/1, C 2/2, D 1/1
 * with at most 2 nodes per paper, q3 makes no edge: A-B 1, A-C 1, C-D 1, and still counts in A, B, C.
 * </pre>
 */
@ExtendWith(SparkTestSession.class)
class InstitutionAndAuthorGraphTest {
    static Dataset<Row> info;
    static Dataset<Row> nodes;

    @BeforeAll
    static void build(SparkSession spark) {
        Dataset<Row> papers = spark.createDataFrame(List.of(RowFactory.create("q1", 2020), RowFactory.create("q2", 2020),
                RowFactory.create("q3", 2021), RowFactory.create("q4", 2021)), new StructType()
                .add("paper_id", DataTypes.StringType).add("year", DataTypes.IntegerType));
        StructType pc = new StructType().add("paper_id", DataTypes.StringType).add("country", DataTypes.StringType);
        Dataset<Row> countries = spark.createDataFrame(List.of(RowFactory.create("q1", "JP"),
                RowFactory.create("q1", "JP"), RowFactory.create("q1", null), RowFactory.create("q2", "JP"),
                RowFactory.create("q2", "US"), RowFactory.create("q3", "JP"), RowFactory.create("q3", "US"),
                RowFactory.create("q4", "US"), RowFactory.create("q4", "CN")), pc);
        StructType cs = new StructType().add("paper_id", DataTypes.StringType).add("category", DataTypes.StringType);
        Dataset<Row> categories = spark.createDataFrame(List.of(RowFactory.create("q1", "ai"),
                RowFactory.create("q3", "ai"), RowFactory.create("q3", "networks")), cs);
        info = CollaborationGraph.paperInfo(papers, countries, categories).cache();
        StructType ns = new StructType().add("paper_id", DataTypes.StringType).add("id", DataTypes.StringType)
                .add("country", DataTypes.StringType);
        nodes = spark.createDataFrame(List.of(RowFactory.create("q1", "A", "JP"), RowFactory.create("q1", "B", "JP"),
                RowFactory.create("q2", "A", "JP"), RowFactory.create("q2", "C", "US"),
                RowFactory.create("q3", "A", "JP"), RowFactory.create("q3", "B", "JP"),
                RowFactory.create("q3", "C", "US"), RowFactory.create("q3", "A", "JP"),
                RowFactory.create("q4", "C", "US"), RowFactory.create("q4", "D", null)), ns);
    }

    @Test
    void paperSlicesAndInternationalFlag() {
        Map<String, String> got = new TreeMap<>();
        info.collectAsList().forEach(r -> got.put(r.getString(0), r.getList(1) + " " + r.getBoolean(2)));
        assertEquals(Map.of("q1", "[all, year=2020, category=ai] false", "q2", "[all, year=2020] true",
                "q3", "[all, year=2021, category=ai, category=networks] true", "q4", "[all, year=2021] true"), got);
    }

    @Test
    void institutionVerticesPerSlice() {
        CollaborationGraph.Graph g = CollaborationGraph.build(nodes, info, Counting.FULL, Integer.MAX_VALUE);
        assertEquals(Map.of("A", "3/2", "B", "2/1", "C", "3/3", "D", "1/1"), vertices(g, "all"));
        assertEquals(Map.of("A", "2/1", "B", "2/1", "C", "1/1"), vertices(g, "category=ai"));
        assertEquals(Map.of("A", "1/1", "B", "1/1", "C", "1/1"), vertices(g, "category=networks"));
        assertEquals(Map.of("A", "1/1", "B", "1/1", "C", "2/2", "D", "1/1"), vertices(g, "year=2021"));
    }

    @Test
    void institutionEdgesDomesticAndInternational() {
        CollaborationGraph.Graph g = CollaborationGraph.build(nodes, info, Counting.FULL, Integer.MAX_VALUE);
        assertEquals(Map.of("A-B", 2.0, "A-C", 2.0, "B-C", 1.0, "C-D", 1.0), edges(g, "all"));
        assertEquals(Map.of("A-B", 2.0, "A-C", 1.0, "B-C", 1.0), edges(g, "category=ai"));
        Map<String, Boolean> international = new HashMap<>();
        g.edges().filter("slice = 'all'").collectAsList().forEach(e -> international.put(e.getAs("src") + "-"
                + e.getAs("dst"), e.getAs("international")));
        assertEquals(false, international.get("A-B"));
        assertEquals(true, international.get("A-C"));
        assertEquals(true, international.get("B-C"));
        assertNull(international.get("C-D"));
        assertEquals(4, international.size());
    }

    @Test
    void fractionalInstitutionEdges() {
        Map<String, Double> e = edges(CollaborationGraph.build(nodes, info, Counting.FRACTIONAL, Integer.MAX_VALUE),
                "all");
        assertEquals(1 + 1.0 / 3, e.get("A-B"), 1e-12);
        assertEquals(1 + 1.0 / 3, e.get("A-C"), 1e-12);
        assertEquals(1.0 / 3, e.get("B-C"), 1e-12);
        assertEquals(1.0, e.get("C-D"), 1e-12);
    }

    /**
     * The graph stage's path: one grouping of the authorships ({@code paper_id}, {@code country},
     * {@code institution_ids}) by paper for both levels. The same papers as above, plus q5 (2022), whose only
     * authorship has institution A and no country: it is a paper of A (A all 4/2) and of no country; institution Z
     * is not in the institutions table and makes no node.
     */
    @Test
    void perPaperNodesGiveBothLevelsFromOneGrouping(SparkSession spark) {
        Dataset<Row> papers = spark.createDataFrame(List.of(RowFactory.create("q1", 2020), RowFactory.create("q2", 2020),
                RowFactory.create("q3", 2021), RowFactory.create("q4", 2021), RowFactory.create("q5", 2022)),
                new StructType().add("paper_id", DataTypes.StringType).add("year", DataTypes.IntegerType));
        StructType as = new StructType().add("paper_id", DataTypes.StringType).add("country", DataTypes.StringType)
                .add("institution_ids", DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> authorships = spark.createDataFrame(List.of(
                RowFactory.create("q1", "JP", List.of("A")), RowFactory.create("q1", "JP", List.of("B")),
                RowFactory.create("q1", null, List.of("A")), RowFactory.create("q2", "JP", List.of("A")),
                RowFactory.create("q2", "US", List.of("C")), RowFactory.create("q3", "JP", List.of("A", "B")),
                RowFactory.create("q3", "US", List.of("C")), RowFactory.create("q3", "JP", List.of("A")),
                RowFactory.create("q4", "US", List.of("C")), RowFactory.create("q4", "CN", List.of("D", "Z")),
                RowFactory.create("q5", null, List.of("A"))), as);
        Dataset<Row> institutions = spark.createDataFrame(List.of(RowFactory.create("A", "JP"),
                RowFactory.create("B", "JP"), RowFactory.create("C", "US"), RowFactory.create("D", null)),
                new StructType().add("id", DataTypes.StringType).add("country", DataTypes.StringType));
        StructType cs = new StructType().add("paper_id", DataTypes.StringType).add("category", DataTypes.StringType);
        Dataset<Row> categories = spark.createDataFrame(List.of(RowFactory.create("q1", "ai"),
                RowFactory.create("q3", "ai"), RowFactory.create("q3", "networks")), cs);
        Dataset<Row> perPaper = CollaborationGraph.perPaperNodes(authorships, institutions, papers, categories)
                .cache();

        Map<String, String> rows = new TreeMap<>();
        perPaper.collectAsList().forEach(r -> rows.put(r.getAs("paper_id"), r.getList(r.fieldIndex("slices")) + " "
                + r.getAs("international") + " " + r.getList(r.fieldIndex("countries"))));
        assertEquals(Map.of("q1", "[all, year=2020, category=ai] false [JP]",
                "q2", "[all, year=2020] true [JP, US]",
                "q3", "[all, year=2021, category=ai, category=networks] true [JP, US]",
                "q4", "[all, year=2021] true [CN, US]",
                "q5", "[all, year=2022] false []"), rows);

        CollaborationGraph.Graph inst = CollaborationGraph.fromMembers(
                CollaborationGraph.institutionMembers(perPaper), Counting.FULL, Integer.MAX_VALUE);
        assertEquals(Map.of("A", "4/2", "B", "2/1", "C", "3/3", "D", "1/1"), vertices(inst, "all"));
        assertEquals(Map.of("A", "2/1", "B", "2/1", "C", "1/1"), vertices(inst, "category=ai"));
        assertEquals(Map.of("A", "1/1", "B", "1/1", "C", "2/2", "D", "1/1"), vertices(inst, "year=2021"));
        assertEquals(Map.of("A", "1/0"), vertices(inst, "year=2022"));
        assertEquals(Map.of("A-B", 2.0, "A-C", 2.0, "B-C", 1.0, "C-D", 1.0), edges(inst, "all"));
        assertEquals(Map.of("A-B", 2.0, "A-C", 1.0, "B-C", 1.0), edges(inst, "category=ai"));
        Map<String, Boolean> international = new HashMap<>();
        inst.edges().filter("slice = 'all'").collectAsList().forEach(e -> international.put(e.getAs("src") + "-"
                + e.getAs("dst"), e.getAs("international")));
        assertEquals(false, international.get("A-B"));
        assertEquals(true, international.get("B-C"));
        assertNull(international.get("C-D"));

        CollaborationGraph.Graph country = CollaborationGraph.fromMembers(
                CollaborationGraph.countryMembers(perPaper), Counting.FULL, Integer.MAX_VALUE);
        assertEquals(Map.of("JP", "3/2", "US", "3/3", "CN", "1/1"), vertices(country, "all"));
        assertEquals(Map.of("JP-US", 2.0, "CN-US", 1.0), edges(country, "all"));
        perPaper.unpersist();
    }

    /**
     * The hash-keyed edge aggregation gives the string-keyed one's rows, on every slice of the hand-worked graph,
     * full and fractional; ids whose hashes are not unique (here: an id listed twice) fall back to the strings.
     */
    @Test
    void edgesKeyedByHashesAreTheSameRows(SparkSession spark) {
        for (Counting counting : Counting.values()) {
            CollaborationGraph.Graph g = CollaborationGraph.build(nodes, info, counting, Integer.MAX_VALUE);
            Dataset<Row> ids = g.vertices().filter("slice = 'all'").select("id");
            CollaborationGraph.KeyedEdges hashed = g.edgesByHash(ids);
            assertEquals(true, hashed.hashed());
            List<String> expected = rows(g.edges());
            assertEquals(expected, rows(hashed.edges()));
            // all 4, category=ai 3, category=networks 3, year=2020 2, year=2021 4
            assertEquals(16, expected.size(), String.join("\n", expected));
            CollaborationGraph.KeyedEdges fallback = g.edgesByHash(ids.unionByName(ids.limit(1)));
            assertEquals(false, fallback.hashed());
            assertEquals(expected, rows(fallback.edges()));
            g.release();
        }
    }

    private static List<String> rows(Dataset<Row> edges) {
        List<String> out = new java.util.ArrayList<>();
        edges.select("slice", "src", "dst", "papers", "international", "fractional", "weight").collectAsList()
                .forEach(r -> out.add(r.mkString("|")));
        out.sort(null);
        return out;
    }

    @Test
    void capOnNodesPerPaperDropsOnlyTheEdgesOfLargePapers() {
        CollaborationGraph.Graph g = CollaborationGraph.build(nodes, info, Counting.FULL, 2);
        assertEquals(Map.of("A-B", 1.0, "A-C", 1.0, "C-D", 1.0), edges(g, "all"));
        assertEquals(Map.of("A", "3/2", "B", "2/1", "C", "3/3", "D", "1/1"), vertices(g, "all"));
    }

    @Test
    void authorNodesUseOrcidThenSourceIdThenNameAtInstitution(SparkSession spark) {
        StructType a = new StructType().add("paper_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("author_position", DataTypes.IntegerType).add("affiliation_index", DataTypes.IntegerType)
                .add("author_name", DataTypes.StringType).add("source_author_id", DataTypes.StringType)
                .add("orcid", DataTypes.StringType).add("country", DataTypes.StringType)
                .add("institution_ids", DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> authorships = spark.createDataFrame(List.of(
                // p1 (ieee): an author with an ORCID and two affiliations, one with a source id
                RowFactory.create("p1", "ieee", 1, 0, "Jane Doe", "123", "0000-0002-1825-009X", "JP",
                        arr("ror:b", "ror:a")),
                RowFactory.create("p1", "ieee", 1, 1, "Jane Doe", "123", "0000-0002-1825-009X", "US", arr("ror:c")),
                RowFactory.create("p1", "ieee", 2, 0, "Li Wei", "456", null, "CN", arr()),
                // p2 (wos): names only; the same Jane Doe by ORCID; Müller at ror:a twice in two spellings
                RowFactory.create("p2", "wos", 1, 0, "Doe, J.", null, "https://orcid.org/0000-0002-1825-009X", "JP",
                        arr("ror:a")),
                RowFactory.create("p2", "wos", 2, 0, "Müller, Jörg", null, null, "JP", arr("ror:a")),
                RowFactory.create("p3", "acm", 1, 0, "Jorg Muller", null, null, "DE", arr("ror:a")),
                RowFactory.create("p3", "acm", 2, 0, "Jörg Müller", null, null, "DE", null)), a);
        Dataset<Row> nodes = GraphJob.authorNodes(authorships);
        // the modal country is computed once per author, before the explode: a UDF above the Generate would run
        // once per exploded row (per paper of the author) over the author's whole country list, quadratic in an
        // author's papers (7.6x the time for 5x the papers at the study's scale)
        String plan = nodes.queryExecution().optimizedPlan().toString();
        String aboveGenerate = plan.substring(0, plan.indexOf("Generate explode"));
        assertFalse(aboveGenerate.contains("UDF("), plan);
        Map<String, String> got = new TreeMap<>();
        nodes.collectAsList()
                .forEach(r -> got.merge(r.getString(1) + " " + r.getString(2), r.getString(0), (x, y) ->
                        Arrays.stream((x + "," + y).split(",")).sorted().reduce((p, q) -> p + "," + q).get()));
        // Jane Doe is JP on 2 authorships (p1 pos 1 counts JP and US once each, p2 JP): modal JP.
        // Müller: JP at p2, DE twice at p3 (two keys there: @ror:a and @DE since the second has no institution).
        assertEquals(Map.of(
                "orcid:0000-0002-1825-009X JP", "p1,p2",
                "ieee:456 CN", "p1",
                "name:jorg muller@ror:a DE", "p2,p3",
                "name:jorg muller@DE DE", "p3"), got);
    }

    private static String[] arr(String... s) {
        return s;
    }
}
