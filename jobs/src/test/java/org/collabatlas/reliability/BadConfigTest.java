package org.collabatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.collabatlas.testing.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each wrong key, type or value stops the command with exit code 2 and exactly one problem line on stderr, naming
 * the key's path. The table: the {@code --set} given, then the line expected (a prefix of it).
 */
class BadConfigTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path configDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // unknown keys, with a hint
        "ingest.yeers=all | ingest.yeers: unknown key (set in --set ingest.yeers: 1) (did you mean 'ingest.years'?)",
        "sparkk.master=local | sparkk: unknown key",
        "centrality.pagerank.damping=0.85 | centrality.pagerank.damping: unknown key",
        "ingest.inputs=[{format=wos,path=x,pth=y}] | ingest.inputs[0].pth: unknown key",
        // wrong types
        "spark.shuffle-partitions=lots | spark.shuffle-partitions: must be a whole number",
        "output.overwrite=maybe | output.overwrite: must be true or false",
        "output.dir=[a,b] | output.dir: must be a string, not list",
        "centrality.pagerank.alpha=high | centrality.pagerank.alpha: must be a number",
        "centrality.betweenness.seed=abc | centrality.betweenness.seed: must be a whole number",
        "ingest.inputs=wos | ingest.inputs: must be a list of { format, path } objects",
        "ingest.inputs=[wos] | ingest.inputs[0]: must be an object { format = ..., path = ... }",
        "ingest.source-priority=wos | ingest.source-priority: must be a list of format ids",
        "spark.properties={a={b=1}} | spark.properties.a: must be a value, not an object",
        "ingest.limits=5 | ingest.limits: must be an object",
        // wrong values
        "spark.shuffle-partitions=0 | spark.shuffle-partitions: must be a whole number from 1",
        "ingest.limits.max-authors=-1 | ingest.limits.max-authors: must be a whole number from 1",
        "ingest.limits.min-year=2040 | ingest.limits.min-year: must not be after ingest.limits.max-year",
        "ingest.years=20x6 | ingest.years:",
        "graph.counting=partial | graph.counting: must be one of [full, fractional], got 'partial'",
        "centrality.pagerank.alpha=1.5 | centrality.pagerank.alpha: must be a number between 0 and 1",
        "centrality.betweenness.distance=miles | centrality.betweenness.distance: must be one of",
        "ingest.inputs=[{format=bibtex,path=x}] | ingest.inputs[0].format: unknown format 'bibtex'",
        "ingest.inputs=[{format=wos}] | ingest.inputs[0].path: missing",
        "ingest.inputs=[{format=wos,path=\"\"}] | ingest.inputs[0].path: must not be empty",
        "ingest.source-priority=[wos,wos] | ingest.source-priority[1]: 'wos' is listed twice",
        "spark.app-name=\"\" | spark.app-name: must be a non-empty string",
        // a configuration that would do nothing
        "ingest.inputs=[] | ingest.inputs: is empty: there is nothing to ingest",
    })
    void oneClearLineNamingTheKey(String setting, String expected) throws java.io.IOException {
        // output.dir by --conf, so that the case's --set wins over it; nothing may be written there
        java.nio.file.Path conf = java.nio.file.Files.writeString(configDir.resolve("out.conf"),
                "output.dir = \"" + configDir.resolve("never-written") + "\"\n");
        Cli c = Cli.run("ingest", "--run-id", "bad", "--conf", conf.toString(), "--set", setting.strip());
        assertFalse(java.nio.file.Files.exists(configDir.resolve("never-written")), "the run started");
        assertEquals(2, c.exitCode(), c.err());
        List<String> problems = c.err().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertEquals(1, problems.size(), "one problem line expected: " + c.err());
        assertTrue(problems.get(0).startsWith(expected.strip()), "expected '" + expected.strip() + "', got: "
                + problems.get(0));
    }

    /** A window that selects no record of the data: exit 2, one line naming ingest.years, latest untouched. */
    @org.junit.jupiter.api.Test
    void aYearWindowWithNoDataIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path out = tmp.resolve("out");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.writeString(out.resolve("latest"), "previous-run\n");
        Cli c = Cli.run(Cli.sample("pipeline", "--run-id", "nothing", "--set", "output.dir=" + out,
                "--set", "ingest.years=1950-1960"));
        assertEquals(2, c.exitCode(), c.err());
        List<String> problems = c.err().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertEquals(1, problems.size(), c.err());
        assertTrue(problems.get(0).startsWith("ingest.years: the window 1950-1960 selects no record of the inputs: "
                + "all 42 otherwise valid records are outside it (read 44)"), problems.get(0));
        assertEquals("previous-run\n", java.nio.file.Files.readString(out.resolve("latest")));
    }

    /** Of two --set of one key, the later wins (it was the earlier: a bug found writing this table). */
    @org.junit.jupiter.api.Test
    void theLaterSetOfAKeyWins() {
        assertEquals(5, org.collabatlas.cli.ConfigLoader.load(List.of(),
                List.of("spark.shuffle-partitions=3", "spark.shuffle-partitions=5")).spark().shufflePartitions());
        assertEquals("b", org.collabatlas.cli.ConfigLoader.load(List.of(),
                List.of("output.dir=a", "output.dir=b")).output().dir());
    }
}
