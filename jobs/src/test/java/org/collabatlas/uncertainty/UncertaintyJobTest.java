package org.collabatlas.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.PathLength;
import org.collabatlas.common.uncertainty.ReplicateMetrics;
import org.collabatlas.common.uncertainty.Signatures;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Spark shell on a generated corpus: signatures as the driver computes them from the same papers, category
 * slices, and the same table for 1 and 4 tasks.
 */
@ExtendWith(SparkTestSession.class)
class UncertaintyJobTest {
    static final String[] COUNTRIES = {"CN", "DE", "FR", "JP", "KR", "US"};
    static final ReplicateMetrics METRICS = new ReplicateMetrics(Settings.Graph.Counting.FULL, 1000, 1e-9,
            PathLength.HOPS);
    static Dataset<Row> papers;
    static Dataset<Row> authorships;
    static Dataset<Row> categories;
    /** paper -> year (null allowed), paper -> countries (may be empty), paper -> category. */
    static final Map<String, Integer> YEARS = new LinkedHashMap<>();
    static final Map<String, TreeSet<String>> COUNTRY_SETS = new HashMap<>();
    static final Map<String, String> CATEGORY = new HashMap<>();

    /**
     * 120 papers: years 2019-2021 or none (every 10th), 1 to 4 authors each drawn from six countries or unknown
     * (null), every 3rd paper in category "ai".
     */
    @BeforeAll
    static void corpus() {
        SparkSession spark = SparkTestSession.get();
        SplittableRandom rng = new SplittableRandom(11);
        List<Row> p = new ArrayList<>();
        List<Row> a = new ArrayList<>();
        List<Row> c = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = "p" + i;
            Integer year = i % 10 == 0 ? null : 2019 + rng.nextInt(3);
            YEARS.put(id, year);
            p.add(RowFactory.create(id, year));
            TreeSet<String> set = new TreeSet<>();
            int authors = 1 + rng.nextInt(4);
            for (int k = 0; k < authors; k++) {
                String country = rng.nextInt(7) == 0 ? null : COUNTRIES[rng.nextInt(COUNTRIES.length)];
                a.add(RowFactory.create(id, country));
                if (country != null) {
                    set.add(country);
                }
            }
            COUNTRY_SETS.put(id, set);
            if (i % 3 == 0) {
                c.add(RowFactory.create(id, "ai"));
                CATEGORY.put(id, "ai");
            }
        }
        a.add(RowFactory.create("orphan", "US")); // an authorship whose paper is not in papers: ignored
        papers = spark.createDataFrame(p, new StructType().add("paper_id", DataTypes.StringType)
                .add("year", DataTypes.IntegerType));
        authorships = spark.createDataFrame(a, new StructType().add("paper_id", DataTypes.StringType)
                .add("country", DataTypes.StringType));
        categories = spark.createDataFrame(c, new StructType().add("paper_id", DataTypes.StringType)
                .add("category", DataTypes.StringType));
    }

    /** The driver's own signature table of the papers that {@code inSlice} accepts. */
    static Signatures expected(java.util.function.Predicate<String> inSlice) {
        List<List<String>> sets = new ArrayList<>();
        for (String id : YEARS.keySet()) {
            if (inSlice.test(id) && !COUNTRY_SETS.get(id).isEmpty()) {
                sets.add(new ArrayList<>(COUNTRY_SETS.get(id)));
            }
        }
        long[] ones = new long[sets.size()];
        java.util.Arrays.fill(ones, 1);
        return Signatures.of(sets, ones);
    }

    @Test
    void signaturesPerSliceAreThePapersCountrySets() {
        List<UncertaintyJob.Slice> slices = UncertaintyJob.signatures(papers, authorships, categories);
        assertEquals(List.of("all", "category=ai", "year=2019", "year=2020", "year=2021"),
                slices.stream().map(UncertaintyJob.Slice::name).toList());
        assertEquals(expected(id -> true), slices.get(0).signatures());
        assertEquals(expected(CATEGORY::containsKey), slices.get(1).signatures());
        for (int y = 2019; y <= 2021; y++) {
            Integer year = y;
            assertEquals(expected(id -> year.equals(YEARS.get(id))), slices.get(2 + y - 2019).signatures());
        }
        assertEquals(List.of("all", "year=2019", "year=2020", "year=2021"),
                UncertaintyJob.signatures(papers, authorships, null).stream().map(UncertaintyJob.Slice::name).toList());
    }

    @Test
    void theTableIsTheSameForOneAndFourTasksAndChangesWithTheSeed() {
        SparkSession spark = SparkTestSession.get();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<UncertaintyJob.Slice> slices = UncertaintyJob.signatures(papers, authorships, categories);
        Settings.Uncertainty u = new Settings.Uncertainty(true, 40, 3, 0.9);
        Map<String, Object> info = new LinkedHashMap<>();
        List<Row> one = UncertaintyJob.intervals(sc, slices, METRICS, u, 1, info);
        List<Row> four = UncertaintyJob.intervals(sc, slices, METRICS, u, 4, new LinkedHashMap<>());
        assertEquals(one, four);
        int vertices = slices.stream().mapToInt(s -> s.signatures().vertexCount()).sum();
        assertEquals(2 * vertices, one.size());
        for (Row r : one) {
            assertEquals(40, r.getInt(11));
            // (the mean may lie outside the percentile interval: one replicate of 40 far out moves it)
            assertTrue(r.getDouble(6) <= r.getDouble(7), r.toString());
            assertTrue(r.getInt(9) <= r.getInt(10), r.toString());
        }
        assertEquals(slices.size(), info.size());
        List<Row> otherSeed = UncertaintyJob.intervals(sc, slices, METRICS, new Settings.Uncertainty(true, 40, 4, 0.9),
                4, new LinkedHashMap<>());
        assertNotEquals(one, otherSeed);
    }
}
