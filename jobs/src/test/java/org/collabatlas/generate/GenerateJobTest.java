package org.collabatlas.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code collab-atlas generate}: the same corpus byte for byte whatever the number of Spark tasks. */
@ExtendWith(SparkTestSession.class)
class GenerateJobTest {
    @TempDir
    Path tmp;

    private Cli generate(Path dir, int tasks, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--papers", "1100", "--seed", "3",
                "--out", dir.toString(), "--set", "output.dir=" + tmp.resolve("out"),
                "--set", "generate.papers-per-file=250", "--set", "generate.tasks=" + tasks));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("_run.json")).map(dir::relativize).sorted()
                    .toList();
        }
    }

    @Test
    void sameFilesWhateverTheNumberOfTasks() throws IOException {
        Cli one = generate(tmp.resolve("one"), 1, "--gzip");
        assertEquals(0, one.exitCode(), one.err());
        Cli four = generate(tmp.resolve("four"), 4, "--gzip");
        assertEquals(0, four.exitCode(), four.err());
        List<Path> a = files(tmp.resolve("one"));
        assertEquals(a, files(tmp.resolve("four")));
        assertEquals(5 * 4 + 1, a.size(), "5 chunks x (ieee, acm, 2 truth tables) + corpus.json: " + a);
        for (Path f : a) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("four").resolve(f)), f.toString());
        }
        JsonNode manifest = Cli.json(tmp.resolve("one/corpus.json"));
        assertEquals(1100, manifest.get("papers").asLong());
        assertEquals(3, manifest.get("seed").asLong());
        assertEquals(20, manifest.get("files").size());
        assertTrue(manifest.get("files").get(0).asText().endsWith(".jsonl.gz"));
        assertEquals(64, manifest.get("config_hash").asText().length());
        JsonNode c = manifest.get("counts");
        assertEquals(1100 + c.get("duplicated_papers").asLong(), c.get("records").asLong());
        assertEquals("succeeded", Cli.json(tmp.resolve("one/_run.json")).get("status").asText());
    }

    @Test
    void oneFormatOnlyAndOptionErrors() throws IOException {
        Cli acm = generate(tmp.resolve("acm"), 2, "--formats", "acm-dl");
        assertEquals(0, acm.exitCode(), acm.err());
        assertTrue(files(tmp.resolve("acm")).stream().noneMatch(p -> p.startsWith("ieee-xplore-api")));
        assertEquals(1100, Cli.json(tmp.resolve("acm/corpus.json")).at("/counts/acm_dl_records").asLong());
        Cli wos = generate(tmp.resolve("wos"), 2, "--formats", "wos");
        assertEquals(2, wos.exitCode());
        assertTrue(wos.err().contains("generate.formats[0]"), wos.err());
        Cli misplaced = Cli.run("ingest", "--papers", "10");
        assertEquals(2, misplaced.exitCode());
        assertTrue(misplaced.err().contains("Unknown options: '--papers'"), misplaced.err());
        assertTrue(misplaced.err().contains("usage: collab-atlas ingest"), "the command's own usage follows: "
                + misplaced.err());
    }
}
