package org.collabatlas.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.privacy.Pseudonymiser;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code privacy.pseudonymise-authors} on, no raw author name or id appears in the CSV exports of an
 * author-level graph (the exports that leave the cluster); country-level exports are unchanged; a missing salt
 * stops the export with a message naming the variable.
 */
@ExtendWith(SparkTestSession.class)
class CsvExportPrivacyTest {
    private static final String SALT = "a-test-salt-of-enough-bytes";
    private static final List<String> AUTHORS = List.of("Aiko Tanaka", "Li Wei", "José Álvarez", "Anna, Berg");

    @TempDir
    Path tmp;

    @Test
    void authorExportsCarryOnlyPseudonyms(SparkSession spark) throws IOException {
        Path out = tmp.resolve("export");
        export(spark, out, new Settings.Privacy(true, "ATLAS_TEST_SALT"), Map.of("ATLAS_TEST_SALT", SALT));
        String edges = Files.readString(out.resolve("author/all/edges.csv"), StandardCharsets.UTF_8);
        String metrics = Files.readString(out.resolve("author/all/metrics.csv"), StandardCharsets.UTF_8);
        for (String name : AUTHORS) {
            for (String part : name.split("[ ,]+")) {
                assertFalse(edges.contains(part) || metrics.contains(part), part + " appears in an export");
            }
        }
        Pseudonymiser p = new Pseudonymiser(SALT.getBytes(StandardCharsets.UTF_8));
        for (String name : AUTHORS) {
            assertTrue(metrics.contains(p.authorId(name) + ","), metrics);
        }
        assertEquals(AUTHORS.size() + 1, metrics.lines().count());
        assertTrue(edges.contains(p.authorId("Aiko Tanaka")) && edges.lines().count() == 4, edges);
        String countries = Files.readString(out.resolve("country/all/metrics.csv"));
        assertTrue(countries.contains("\nJP,") && countries.contains("\nCN,"), countries);
    }

    @Test
    void withPseudonymisationOffTheIdsAreWrittenAsTheyAre(SparkSession spark) throws IOException {
        Path out = tmp.resolve("plain");
        export(spark, out, new Settings.Privacy(false, "ATLAS_TEST_SALT"), Map.of());
        assertTrue(Files.readString(out.resolve("author/all/metrics.csv")).contains("Aiko Tanaka"));
    }

    @Test
    void aMissingSaltStopsTheExportNamingTheVariable(SparkSession spark) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> export(spark,
                tmp.resolve("nosalt"), new Settings.Privacy(true, "ATLAS_TEST_SALT"), Map.of()));
        assertTrue(e.getMessage().contains("privacy.salt-env: environment variable ATLAS_TEST_SALT"), e.getMessage());
    }

    private static void export(SparkSession spark, Path out, Settings.Privacy privacy, Map<String, String> env) {
        List<Row> metrics = new ArrayList<>();
        for (String a : AUTHORS) {
            metrics.add(metric(a, "author"));
        }
        metrics.add(metric("JP", "country"));
        metrics.add(metric("CN", "country"));
        List<Row> edgeRows = List.of(edge("Aiko Tanaka", "Li Wei", "author"), edge("Li Wei", "José Álvarez", "author"),
                edge("Anna, Berg", "Aiko Tanaka", "author"), edge("CN", "JP", "country"));
        Dataset<Row> edges = spark.createDataFrame(edgeRows, Schemas.EDGES);
        List<Row> slices = List.of(RowFactory.create("author", "all"), RowFactory.create("country", "all"));
        CsvExport.write(spark.sparkContext().hadoopConfiguration(), out.toString(), slices, metrics, edges,
                CsvExport.ids(privacy, env::get));
    }

    private static Row metric(String id, String level) {
        return RowFactory.create(id, null, 1L, 0L, 0.0, 1, 1.0, 0.5, 0.25, 0.0, "exact", null, null, null, true,
                level, "all");
    }

    private static Row edge(String src, String dst, String level) {
        return RowFactory.create(src, dst, 1.0, 1L, 1.0, false, level, "all");
    }
}
