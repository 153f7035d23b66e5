package org.collabatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.testing.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it before any work starts: help, per-command help, usage and configuration
 * errors with their exit codes, shell completion. None of this starts Spark (checked after each test).
 */
class CommandLineTest {
    @TempDir
    Path tmp;
    private boolean sessionBefore;

    @BeforeEach
    void noteTheSession() {
        sessionBefore = SparkSession.getDefaultSession().isDefined();
    }

    /** A test that found no Spark session leaves none: parsing, help and config errors never start Spark. */
    @AfterEach
    void noSessionStarted() {
        if (!sessionBefore) {
            assertTrue(SparkSession.getDefaultSession().isEmpty(), "a command line test started Spark");
        }
    }

    @Test
    void helpListsTheCommands() {
        Cli c = Cli.run("--help");
        assertEquals(0, c.exitCode());
        assertTrue(c.out().contains("usage: collab-atlas <command>"));
        assertTrue(c.out().contains("  ingest "));
        assertTrue(c.out().contains("  pipeline "));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run().exitCode());
        Cli unknown = Cli.run("ingestt");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown command 'ingestt'"), unknown.err());
        assertEquals(2, Cli.run("ingest", "--bogus").exitCode());
        assertEquals(2, Cli.run("ingest", "--set").exitCode());
        assertEquals(2, Cli.run("ingest", "--run-id", "../escape").exitCode());
    }

    @Test
    void configErrorsNameTheKeyAndExitWithTwo() {
        Cli c = Cli.run("ingest", "--set", "ingest.yeers=all", "--set", "spark.shuffle-partitions=lots");
        assertEquals(2, c.exitCode());
        assertTrue(c.err().contains("ingest.yeers: unknown key"), c.err());
        assertTrue(c.err().contains("spark.shuffle-partitions: must be a whole number"), c.err());
        Cli missingFile = Cli.run("ingest", "--conf", tmp.resolve("nope.conf").toString());
        assertEquals(2, missingFile.exitCode());
        assertTrue(missingFile.err().contains("nope.conf: file not found"), missingFile.err());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        Cli ingest = Cli.run("ingest", "--help");
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("usage: collab-atlas ingest"), ingest.out());
        assertTrue(ingest.out().contains("--run-id") && ingest.out().contains("--resume")
                && ingest.out().contains("--conf") && ingest.out().contains("--set"), ingest.out());
        Cli diff = Cli.run("help", "diff");
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("--top") && diff.out().contains("RUN"), diff.out());
        assertFalse(diff.out().contains("--resume"), "diff has no --resume: " + diff.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("collab-atlas "), version.out());
    }

    @Test
    void optionsBelongToTheirCommands() {
        Cli resume = Cli.run("edge-metrics", "--in", "a.csv", "--out", "o", "--resume", "r1");
        assertEquals(2, resume.exitCode());
        assertTrue(resume.err().contains("--resume"), resume.err());
        Cli both = Cli.run("pipeline", "--run-id", "a", "--resume", "b");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--resume RUN_ID names the run"), both.err());
        Cli missing = Cli.run("edge-metrics", "--in", "a.csv");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--out"), missing.err());
        Cli top = Cli.run("diff", "a", "b", "--top", "0");
        assertEquals(2, top.exitCode());
        assertTrue(top.err().contains("--top needs a positive whole number"), top.err());
        Cli oneRun = Cli.run("diff", "a");
        assertEquals(2, oneRun.exitCode());
        Cli near = Cli.run("pipline");
        assertTrue(near.err().contains("unknown command 'pipline' (did you mean pipeline"), near.err());
    }

    @Test
    void shellCompletionNamesTheCommands() {
        Cli c = Cli.run("generate-completion");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("complete -F"), "a bash completion script");
        for (String command : new String[] {"pipeline", "ingest", "edge-metrics", "diff", "generate"}) {
            assertTrue(c.out().contains(command), command);
        }
    }
}
