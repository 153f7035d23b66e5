package org.collabatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs and config give the same tables, however the work is partitioned. */
@ExtendWith(SparkTestSession.class)
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void partitioningDoesNotChangeTheTables(SparkSession spark) {
        Cli a = Cli.run(Cli.sample("ingest", "--run-id", "a", "--set", "output.dir=" + tmp,
                "--set", "ingest.file-partitions=1", "--set", "spark.shuffle-partitions=1"));
        Cli b = Cli.run(Cli.sample("ingest", "--run-id", "b", "--set", "output.dir=" + tmp,
                "--set", "ingest.file-partitions=7", "--set", "spark.shuffle-partitions=7"));
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        for (String table : List.of("papers", "authorships", "rejects")) {
            StructType schema = switch (table) {
                case "papers" -> Schemas.PAPERS;
                case "authorships" -> Schemas.AUTHORSHIPS;
                default -> Schemas.REJECTS;
            };
            List<String> ra = rows(spark, schema, tmp.resolve("runs/a/ingest/" + table));
            List<String> rb = rows(spark, schema, tmp.resolve("runs/b/ingest/" + table));
            assertEquals(ra, rb, table);
            assertEquals(table.equals("rejects") ? 2 : table.equals("papers") ? 40 : ra.size(), ra.size());
        }
    }

    static List<String> rows(SparkSession spark, StructType schema, Path dir) {
        return spark.read().schema(schema).parquet(dir.toString()).collectAsList().stream().map(Row::toString)
                .sorted().toList();
    }
}
