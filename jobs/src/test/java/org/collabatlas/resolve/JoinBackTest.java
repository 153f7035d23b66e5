package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The join of the authorships with their pairs' matches: the broadcast join on the pair's hash gives, row for row,
 * what the join on the whole pair gives, nulls included, and each authorship the match of its own pair.
 */
@ExtendWith(SparkTestSession.class)
class JoinBackTest {
    /** (raw_affiliation, raw_country) pairs, among them the two that a null-skipping hash would confuse. */
    private static final String[][] PAIRS = {
        {"US", null}, {null, "US"}, {null, null}, {"", null}, {"Univ. of Tokyo", "Japan"}, {"Univ. of Tokyo", null},
        {"KAIST", "Korea (South)"}, {"Tsinghua Univ., Beijing", "P.R. China"}};

    private static Dataset<Row> authorships(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            for (int a = 0; a < 3; a++) {
                String[] pair = PAIRS[(p * 3 + a) % PAIRS.length];
                rows.add(RowFactory.create("p" + p, "ieee", a + 1, "Author " + a, null, null, 0, pair[0], pair[1],
                        null));
            }
        }
        return spark.createDataFrame(rows, Schemas.AUTHORSHIPS).repartition(4);
    }

    /** One match per pair; its country and institution name which pair it is (index i). */
    private static Dataset<Row> matches(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < PAIRS.length; i++) {
            rows.add(RowFactory.create(PAIRS[i][0], PAIRS[i][1], "n" + i, new String[] {"inst:" + i},
                    new String[] {"name " + i}, "C" + i, "evidence", null, i % 2 == 0 ? null : "reason" + i, 0.5,
                    "exact", null));
        }
        return spark.createDataFrame(rows, Schemas.AFFILIATION_MATCHES).repartition(3);
    }

    private static List<String> sortedRows(Dataset<Row> d) {
        List<String> out = new ArrayList<>();
        for (Row r : d.collectAsList()) {
            out.add(r.mkString("|"));
        }
        out.sort(null);
        return out;
    }

    @Test
    void broadcastOnTheHashEqualsTheJoinOnThePair(SparkSession spark) {
        JoinBack.Result r = JoinBack.apply(authorships(spark), matches(spark));
        assertEquals(JoinBack.Path.BROADCAST, r.path());
        // the columns of authorships_resolved, in order (a left join's columns are nullable, as before)
        assertEquals(Schemas.AUTHORSHIPS_RESOLVED.toDDL().replace(" NOT NULL", ""), r.resolved().schema().toDDL()
                .replace(" NOT NULL", ""));
        List<String> broadcast = sortedRows(r.resolved());
        assertEquals(sortedRows(JoinBack.sortMerge(authorships(spark), matches(spark))), broadcast);
        assertEquals(90, broadcast.size());
        // each authorship got its own pair's match: the pair's index in the country and the institution id
        for (Row row : r.resolved().collectAsList()) {
            int i = indexOf(row.getString(7), row.getString(8));
            assertEquals("C" + i, row.getString(10), row.toString());
            assertEquals("inst:" + i, row.getList(13).get(0), row.toString());
        }
    }

    @Test
    void anAuthorshipWithoutAMatchKeepsNullsAndNoInstitutions(SparkSession spark) {
        Dataset<Row> some = matches(spark).filter(col("raw_country").isNotNull());
        JoinBack.Result r = JoinBack.apply(authorships(spark), some);
        List<Row> rows = r.resolved().filter(col("raw_country").isNull()).collectAsList();
        assertFalse(rows.isEmpty());
        for (Row row : rows) {
            assertTrue(row.isNullAt(10), row.toString());
            assertEquals(0, row.getList(13).size(), row.toString());
        }
    }

    @Test
    void aSharedHashIsDetected(SparkSession spark) {
        Dataset<Row> keyed = matches(spark).select(JoinBack.key(col("raw_affiliation"), col("raw_country"))
                .as(JoinBack.KEY));
        assertTrue(JoinBack.keyUnique(keyed), "the eight pairs, (null, US) and (US, null) among them, hash apart");
        assertFalse(JoinBack.keyUnique(keyed.unionByName(keyed.limit(1))));
        assertFalse(JoinBack.keyUnique(keyed.withColumn(JoinBack.KEY, lit(7L))));
    }

    private static int indexOf(String raw, String country) {
        for (int i = 0; i < PAIRS.length; i++) {
            if (java.util.Objects.equals(PAIRS[i][0], raw) && java.util.Objects.equals(PAIRS[i][1], country)) {
                return i;
            }
        }
        throw new AssertionError(raw + "|" + country);
    }
}
