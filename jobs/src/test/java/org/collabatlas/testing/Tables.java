package org.collabatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import scala.collection.JavaConverters;

/**
 * Compares the Parquet tables of two runs: same tables, same schemas, and the same rows after sorting (non-floating
 * columns first, so rows pair up by their keys), floating values within a tolerance, everything else equal.
 */
public final class Tables {
    private Tables() {
    }

    /** The tables (directories holding Spark's {@code _SUCCESS}, not stage directories) under {@code runDir}, as paths relative to it, sorted. */
    public static List<String> list(Path runDir) {
        try (Stream<Path> s = Files.walk(runDir)) {
            return s.filter(p -> p.getFileName().toString().equals("_SUCCESS"))
                    .filter(p -> !Files.exists(p.resolveSibling("_run.json"))) // a stage's commit marker
                    .map(p -> runDir.relativize(p.getParent()).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that both runs hold the same tables with equal contents; returns the number of tables compared. */
    public static int assertRunsEqual(SparkSession spark, Path expectedRun, Path actualRun, double tolerance) {
        return assertRunsEqual(spark, expectedRun, actualRun, tolerance, UnaryOperator.identity());
    }

    /**
     * As above, with every string value of the actual run passed through {@code actualStrings} first (e.g. a run
     * that read its inputs through another file-system scheme records the same paths under that scheme; a mapping
     * that keeps the strings' order keeps the rows' sort order).
     */
    public static int assertRunsEqual(SparkSession spark, Path expectedRun, Path actualRun, double tolerance,
                                      UnaryOperator<String> actualStrings) {
        List<String> expected = list(expectedRun);
        assertEquals(expected, list(actualRun), "tables of " + actualRun + " vs " + expectedRun);
        assertTrue(!expected.isEmpty(), "no tables in " + expectedRun);
        for (String table : expected) {
            assertTableEqual(spark, expectedRun.resolve(table), actualRun.resolve(table), tolerance, table,
                    actualStrings);
        }
        return expected.size();
    }

    public static void assertTableEqual(SparkSession spark, Path expectedDir, Path actualDir, double tolerance,
                                        String name) {
        assertTableEqual(spark, expectedDir, actualDir, tolerance, name, UnaryOperator.identity());
    }

    private static void assertTableEqual(SparkSession spark, Path expectedDir, Path actualDir, double tolerance,
                                         String name, UnaryOperator<String> actualStrings) {
        Dataset<Row> e = spark.read().parquet(expectedDir.toString());
        Dataset<Row> a = spark.read().parquet(actualDir.toString());
        assertEquals(e.schema(), a.schema(), name + ": schema");
        List<Row> er = sorted(e).collectAsList();
        List<Row> ar = sorted(a).collectAsList();
        assertEquals(er.size(), ar.size(), name + ": row count");
        for (int i = 0; i < er.size(); i++) {
            String where = name + " row " + i + " (" + er.get(i) + " vs " + ar.get(i) + ")";
            assertValueEqual(er.get(i), ar.get(i), tolerance, where, actualStrings);
        }
    }

    private static Dataset<Row> sorted(Dataset<Row> d) {
        List<Column> keys = new ArrayList<>();
        List<Column> floats = new ArrayList<>();
        for (StructField f : d.schema().fields()) {
            if (containsMap(f.dataType())) {
                continue;
            }
            boolean floating = f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType);
            (floating ? floats : keys).add(d.col("`" + f.name() + "`").asc_nulls_first());
        }
        keys.addAll(floats);
        return d.orderBy(keys.toArray(Column[]::new));
    }

    private static boolean containsMap(DataType t) {
        return t instanceof MapType || t.simpleString().contains("map<");
    }

    @SuppressWarnings("unchecked")
    private static void assertValueEqual(Object e, Object a, double tolerance, String where,
                                         UnaryOperator<String> actualStrings) {
        if (a instanceof String as) {
            a = actualStrings.apply(as);
        }
        if (e == null || a == null) {
            assertEquals(e, a, where);
        } else if (e instanceof Double || e instanceof Float) {
            double x = ((Number) e).doubleValue();
            double y = ((Number) a).doubleValue();
            if (!(Double.isNaN(x) && Double.isNaN(y)) && Math.abs(x - y) > tolerance) {
                fail(where + ": " + x + " vs " + y + " differ by more than " + tolerance);
            }
        } else if (e instanceof Row er) {
            Row ar = (Row) a;
            assertEquals(er.size(), ar.size(), where);
            for (int i = 0; i < er.size(); i++) {
                assertValueEqual(er.get(i), ar.get(i), tolerance, where, actualStrings);
            }
        } else if (e instanceof scala.collection.Seq<?> es) {
            List<Object> el = new ArrayList<>(JavaConverters.seqAsJavaList((scala.collection.Seq<Object>) es));
            List<Object> al = new ArrayList<>(JavaConverters.seqAsJavaList((scala.collection.Seq<Object>) a));
            assertEquals(el.size(), al.size(), where);
            for (int i = 0; i < el.size(); i++) {
                assertValueEqual(el.get(i), al.get(i), tolerance, where, actualStrings);
            }
        } else if (e instanceof byte[] eb) {
            assertTrue(java.util.Arrays.equals(eb, (byte[]) a), where);
        } else {
            assertEquals(e, a, where);
        }
    }
}
