package org.collabatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, errors with exit codes, the embedded default pipeline. */
class MainTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingInputPathFailsWithItsNameAndLeavesLatestAlone() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest"), "previous-run\n");
        Cli c = Cli.ingest(out, "all", "wos", tmp.resolve("no-such-dir").toString());
        assertEquals(3, c.exitCode());
        assertTrue(c.err().contains("ingest.inputs[0] (format wos): input path '" + tmp.resolve("no-such-dir")
                + "' does not exist"), c.err());
        assertEquals("previous-run\n", Files.readString(out.resolve("latest")));
        JsonNode stage = Cli.json(out.resolve("runs/test/ingest/_run.json"));
        assertEquals("failed", stage.get("status").asText());
        assertEquals("failed", Cli.json(out.resolve("runs/test/_run.json")).get("status").asText());
        Files.createDirectories(tmp.resolve("empty-dir"));
        Cli empty = Cli.run("ingest", "--run-id", "empty", "--set", "output.dir=" + out,
                "--set", "ingest.inputs=[{format=wos,path=\"" + tmp.resolve("empty-dir") + "\"}]");
        assertEquals(3, empty.exitCode());
        assertTrue(empty.err().contains("holds no files to read"), empty.err());
    }

    /** The hand-made sample corpus (every format, with rejects and duplicates on purpose) through every stage. */
    static final String[] SAMPLE = {"--set", "generate.before-ingest=false", "--set",
        "ingest.inputs=[{format=ieee-xplore-api,path=\"conf/sample-corpus/ieee\"},"
            + "{format=acm-dl,path=\"conf/sample-corpus/acm\"},{format=wos,path=\"conf/sample-corpus/wos\"},"
            + "{format=scopus,path=\"conf/sample-corpus/scopus\"},"
            + "{format=openalex,path=\"conf/sample-corpus/openalex\"}]"};

    private static Cli sample(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + SAMPLE.length);
        System.arraycopy(SAMPLE, 0, all, args.length, SAMPLE.length);
        return Cli.run(all);
    }

    @Test
    void theSampleCorpusRunsTheWholePipeline() {
        Fixtures.Run fixture = Fixtures.sample();
        Path out = fixture.outputDir();
        assertEquals(0, fixture.exitCode(), fixture.err());
        assertTrue(fixture.out().contains("ingest: read 44 = accepted 40 + rejected 2 + merged 2"), fixture.out());
        assertTrue(Files.isRegularFile(out.resolve("runs/sample/ingest/papers/_SUCCESS")));
        assertTrue(Files.isRegularFile(out.resolve("runs/sample/ingest/authorships/_SUCCESS")));
        assertTrue(Files.isRegularFile(out.resolve("runs/sample/ingest/rejects/_SUCCESS")));
        JsonNode run = Cli.json(out.resolve("runs/sample/_run.json"));
        assertEquals("succeeded", run.get("status").asText());
        assertEquals("pipeline", run.get("command").asText());
        assertEquals(64, run.get("config_hash").asText().length());
        assertEquals("2016-2022", run.at("/config/ingest/years").asText());
        JsonNode stage = Cli.json(out.resolve("runs/sample/ingest/_run.json"));
        assertEquals("succeeded", stage.get("status").asText());
        assertEquals(5, stage.get("inputs").size());
        assertTrue(stage.at("/inputs/0/bytes").asLong() > 0);
        assertTrue(stage.at("/steps_seconds").size() >= 4);
        assertFalse(stage.get("version").asText().isBlank());
        assertEquals("sample", readLatest(out));
    }

    @Test
    void anExistingRunIdIsRefusedUnlessOverwriteIsSet() throws IOException {
        Path out = Fixtures.sample().copyTo(tmp.resolve("copy")).outputDir();
        Cli again = sample("pipeline", "--run-id", "sample", "--set", "output.dir=" + out);
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("exists"), again.err());
        assertTrue(Files.exists(out.resolve("runs/sample/report/_SUCCESS")), "the refused command left the run alone");
        // a new run under the same id (its first stage) replaces the whole run directory
        Cli overwrite = sample("ingest", "--run-id", "sample", "--set", "output.dir=" + out,
                "--set", "output.overwrite=true");
        assertEquals(0, overwrite.exitCode(), overwrite.err());
        assertTrue(Files.exists(out.resolve("runs/sample/ingest/_SUCCESS")));
        assertFalse(Files.exists(out.resolve("runs/sample/report")), "the old run's later stages are gone");
        assertTrue(overwrite.out().contains("latest not moved"), overwrite.out());
    }

    /**
     * A triangle a-b-c with a pendant d on c, plus a self-loop: c lies on the paths a-d and b-d, 2 of the 3 pairs
     * not involving c, so its normalised betweenness is 2/3; degree and strength count the weights (b-c has 2).
     */
    @Test
    void edgeMetricsOfAnyEdgeList() throws IOException {
        Path edges = tmp.resolve("edges.csv");
        Files.writeString(edges, "src,dst,weight\na,b,1\nb,c,2\nc,a,1\nc,d,1\nd,d,5\n");
        Cli c = Cli.run("edge-metrics", "--in", edges.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(0, c.exitCode(), c.err());
        assertEquals(List.of("id,degree,strength,eigenvector,pagerank,betweenness,betweenness_method"),
                Files.readAllLines(tmp.resolve("m/metrics.csv")).subList(0, 1));
        List<String[]> rows = Files.readAllLines(tmp.resolve("m/metrics.csv")).stream().skip(1)
                .map(l -> l.split(",")).toList();
        assertEquals(List.of("a", "b", "c", "d"), rows.stream().map(r -> r[0]).toList());
        assertEquals(List.of("2", "2", "3", "1"), rows.stream().map(r -> r[1]).toList());
        assertEquals(List.of("2.0", "3.0", "4.0", "1.0"), rows.stream().map(r -> r[2]).toList());
        assertEquals(2.0 / 3, Double.parseDouble(rows.get(2)[5]), 1e-15);
        assertEquals(0.0, Double.parseDouble(rows.get(0)[5]), 0.0);
        assertEquals(1, Cli.json(tmp.resolve("m/_run.json")).at("/counts/self_loops_dropped").asLong());
        assertEquals(2, Cli.run("edge-metrics", "--in", edges.toString()).exitCode(), "--out is required");
        assertEquals(2, Cli.run("ingest", "--in", edges.toString()).exitCode(), "--in is for edge-metrics only");
    }

    private static String readLatest(Path out) {
        try {
            return Files.readString(out.resolve("latest")).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void matchAffiliationsKeepsRowsAndColumnsInOrder() throws IOException {
        Path in = tmp.resolve("strings.csv");
        Files.writeString(in, "\uFEFFid,affiliation\n"
                + "1,\"Department of Computer Science, Tsinghua University, Beijing, China\"\n"
                + "2,N/A\n"
                + "3,\"Acme Widgets, \"\"Springfield\"\"\"\n"
                + "4,東京大学\n", java.nio.charset.StandardCharsets.UTF_8);
        Path out = tmp.resolve("matches.csv");
        Cli c = Cli.run("match-affiliations", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, c.exitCode(), c.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals("id,affiliation,ror_ids,country,score", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,\"Department of Computer Science, Tsinghua University, Beijing, China\","
                + "https://ror.org/03cve4549,CN,"), lines.get(1));
        assertEquals("2,N/A,,,0.0000", lines.get(2));
        assertTrue(lines.get(3).startsWith("3,\"Acme Widgets, \"\"Springfield\"\"\",,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("4,東京大学,https://ror.org/057zh3y96,JP,"), lines.get(4));

        Files.writeString(tmp.resolve("bad.csv"), "name\nx\n");
        Cli bad = Cli.run("match-affiliations", "--in", tmp.resolve("bad.csv").toString(), "--out",
                tmp.resolve("bad-out.csv").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("no column 'affiliation'"), bad.err());
        assertEquals(3, Cli.run("match-affiliations", "--in", tmp.resolve("none.csv").toString(), "--out",
                out.toString()).exitCode());
        assertEquals(2, Cli.run("match-affiliations", "--in", in.toString()).exitCode());
    }

    @Test
    void evaluateAffiliationsPrintsTheFigures() throws IOException {
        Path gold = tmp.resolve("gold.csv");
        Files.writeString(gold, "affiliation,ror_id\n"
                + "\"Tsinghua University, Beijing\",https://ror.org/03cve4549\n"
                + "Optomechatronics Group,NP\n"
                + "\"Acme Widgets, Springfield\",https://ror.org/0aaaaaaa1\n", java.nio.charset.StandardCharsets.UTF_8);
        Cli c = Cli.run("evaluate-affiliations", "--gold", gold.toString());
        assertEquals(0, c.exitCode(), c.err());
        // Tsinghua: TP 1; NP: nothing predicted; Acme: gold not in the shipped gazetteer, FN 1
        assertTrue(c.out().contains("all strings:     strings 3  TP 1  FP 0  FN 1  precision 1.0000  recall 0.5000"),
                c.out());
        assertTrue(c.out().contains("gold ids in gazetteer: 1 of 2 (coverage 0.5000)"), c.out());
        assertTrue(c.out().contains("covered strings: strings 2  TP 1  FP 0  FN 0  precision 1.0000  recall 1.0000"),
                c.out());
        assertEquals(2, Cli.run("evaluate-affiliations").exitCode());
        Cli missingRor = Cli.run("evaluate-affiliations", "--gold", gold.toString(), "--ror",
                tmp.resolve("no-ror.json").toString());
        assertEquals(3, missingRor.exitCode());
        assertTrue(missingRor.err().contains("resolve.ror"), missingRor.err());
    }
}
