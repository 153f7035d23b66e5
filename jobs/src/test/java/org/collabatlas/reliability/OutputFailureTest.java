package org.collabatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path that cannot be written, a disk that fills up mid-stage, an input that is missing: each stops the
 * command with a message naming the path and a non-zero exit code, and never moves {@code latest}.
 */
@ExtendWith(SparkTestSession.class)
class OutputFailureTest {
    @TempDir
    Path tmp;

    @Test
    void anOutputDirUnderARegularFileFailsAtOnceNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Cli c = Cli.run("ingest", "--run-id", "r", "--set", "output.dir=" + file.resolve("out"));
        assertEquals(4, c.exitCode(), c.err());
        assertTrue(c.err().contains("cannot ") && c.err().contains(file.resolve("out").toString()), c.err());
        assertEquals(1, c.err().lines().count(), c.err());
    }

    @Test
    void anOutputDirUnderProcFailsAtOnceNamingIt() {
        Cli c = Cli.run(Cli.sample("pipeline", "--run-id", "r", "--set", "output.dir=/proc/collab-atlas-test-out"));
        assertEquals(4, c.exitCode(), c.err());
        assertTrue(c.err().contains("cannot ") && c.err().contains("/proc/collab-atlas-test-out"), c.err());
        assertFalse(Files.exists(Path.of("/proc/collab-atlas-test-out")));
    }

    @Test
    void aDiskFullMidStageFailsTheRunAndLeavesLatestAlone(SparkSession spark) throws IOException {
        spark.sparkContext().hadoopConfiguration().set("fs.fullfs.impl", FullDiskFileSystem.class.getName());
        spark.sparkContext().hadoopConfiguration().setBoolean("fs.fullfs.impl.disable.cache", true);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest"), "previous-run\n");
        Cli c = Cli.run(Cli.sample("pipeline", "--run-id", "full", "--set", "output.dir=fullfs://" + out));
        assertEquals(1, c.exitCode(), c.err());
        assertTrue(c.err().contains("No space left on device") && c.err().contains("output.dir is fullfs://" + out),
                c.err());
        assertEquals("previous-run\n", Files.readString(out.resolve("latest")));
        assertEquals("failed", Cli.json(out.resolve("runs/full/ingest/_run.json")).get("status").asText());
        assertEquals("failed", Cli.json(out.resolve("runs/full/_run.json")).get("status").asText());
        assertFalse(Files.exists(out.resolve("runs/full/resolve")), "no later stage ran");
    }

    @Test
    void aMissingInputFailsWithItsPathAndLeavesLatestAlone() throws IOException {
        Path out = tmp.resolve("out2");
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest"), "previous-run\n");
        Path missing = tmp.resolve("gone/deeper/export.csv");
        Cli c = Cli.ingest(out, "all", "wos", "conf/sample-corpus/wos", "scopus", missing.toString());
        assertEquals(3, c.exitCode(), c.err());
        assertTrue(c.err().contains("ingest.inputs[1] (format scopus): input path '" + missing + "' does not exist"),
                c.err());
        assertEquals("previous-run\n", Files.readString(out.resolve("latest")));
    }
}
