package org.collabatlas.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.ClusterKeys;
import org.collabatlas.schema.Columns;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The distributed matching and clustering give the same answer however the strings are partitioned, and the same
 * ROR ids as the matcher called directly on the driver.
 */
@ExtendWith(SparkTestSession.class)
class ResolvePartitioningTest {
    static final StructType PAIRS = new StructType().add("raw_affiliation", DataTypes.StringType)
            .add("raw_country", DataTypes.StringType).add(Columns.COUNT, DataTypes.LongType);

    static List<Row> strings() {
        List<Row> rows = new ArrayList<>();
        String[] known = {"Tsinghua University, Beijing, China", "Dept. of CS, Univ. of Tokyo, Japan", "清华大学",
            "KAIST, Daejeon", "Massachusetts Institute of Technology, Cambridge, MA 02139", "N/A", "-", null, ""};
        for (String k : known) {
            rows.add(RowFactory.create(k, null, 1L));
        }
        rows.add(RowFactory.create("Seoul National University", "South Korea", 1L));
        // unmatched strings: three spellings of one lab (one component), one of another, in two countries; the
        // authorship counts name the clusters: in the US the spelling without comma has 1 + 2 authorships (two
        // rows), more than the others' 2; in Japan all have 1, and the smallest string wins the tie
        String[] labs = {"Acme Quantum Widget Laboratory, Springfield", "Acme Quantum Widget Laboratory Springfield",
            "ACME Quantum Widget Laboratory, Springfield", "Zeta Photonics Works, Shelbyville"};
        for (String l : labs) {
            rows.add(RowFactory.create(l, "USA", l.contains(",") ? 2L : 1L));
            rows.add(RowFactory.create(l, "Japan", 1L));
        }
        rows.add(RowFactory.create(labs[1], "United States", 2L));
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create("Department " + i + " of Obscure Studies, Nowhere Institute " + (i % 7), null,
                    1L));
        }
        return rows;
    }

    static List<String> run(SparkSession spark, Gazetteer g, int partitions) {
        Dataset<Row> in = spark.createDataFrame(strings(), PAIRS).repartition(partitions);
        ClusterUnmatched.Result r = ResolveJob.matchDistinct(spark, in, PreparedGazetteer.of(g),
                MatcherModel.shipped());
        List<String> out = new ArrayList<>();
        for (Row row : r.matches().collectAsList()) {
            out.add(row.mkString("|"));
        }
        for (Row row : r.institutions().collectAsList()) {
            out.add("institution " + row.mkString("|"));
        }
        out.sort(null);
        return out;
    }

    @Test
    void oneAndEightPartitionsGiveIdenticalMatchesAndClusters(SparkSession spark) {
        Gazetteer g = Gazetteer.shipped();
        List<String> one = run(spark, g, 1);
        List<String> eight = run(spark, g, 8);
        assertEquals(one, eight);
        assertEquals(strings().size(), one.stream().filter(s -> !s.startsWith("institution ")).count(),
                "one row per distinct pair");
        // the three spellings of the lab in the US are one provisional institution; the Japanese ones another
        String usId = ClusterKeys.clusterId("acme quantum widget laboratory springfield", "US");
        long usRows = one.stream().filter(s -> s.contains(usId) && !s.startsWith("institution")).count();
        assertEquals(4, usRows, String.join("\n", one));
        // named by the most frequent string (whole: it has no comma to cut at), and by the smallest on a tie, cut
        // to the segment with an institution word
        assertTrue(one.contains("institution " + usId + "|Acme Quantum Widget Laboratory Springfield|US|cluster"),
                String.join("\n", one));
        String jpId = ClusterKeys.clusterId("acme quantum widget laboratory springfield", "JP");
        assertTrue(one.contains("institution " + jpId + "|ACME Quantum Widget Laboratory|JP|cluster"),
                String.join("\n", one));
        // ROR matches equal the matcher on the driver
        AffiliationMatcher m = new AffiliationMatcher(g);
        String tsinghua = m.match("Tsinghua University, Beijing, China", null).rorIds().get(0);
        assertTrue(one.stream().anyMatch(s -> s.startsWith("Tsinghua University, Beijing, China|") && s.contains(
                tsinghua)));
    }
}
