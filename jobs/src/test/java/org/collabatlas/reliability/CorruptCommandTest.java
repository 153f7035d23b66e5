package org.collabatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collabatlas.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collab-atlas corrupt} end to end: folders by format, copies, manifest, determinism, errors. */
class CorruptCommandTest {
    @TempDir
    Path tmp;

    @Test
    void corruptsACorpusDeterministically() throws IOException {
        Path in = tmp.resolve("in");
        for (String f : List.of("ieee", "wos", "scopus", "openalex")) {
            Path d = Files.createDirectories(in.resolve(f));
            try (var s = Files.list(Path.of("conf/sample-corpus").resolve(f))) {
                for (Path p : s.toList()) {
                    Files.copy(p, d.resolve(p.getFileName()));
                }
            }
        }
        Files.createDirectories(in.resolve("ror"));
        Cli a = Cli.run("corrupt", "--in", in.toString(), "--out", tmp.resolve("a").toString(), "--rate", "0.2",
                "--seed", "3", "--copies", "2");
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("skipped (not a format folder): [ror]"), a.out());
        Cli b = Cli.run("corrupt", "--in", in.toString(), "--out", tmp.resolve("b").toString(), "--rate", "0.2",
                "--seed", "3", "--copies", "2");
        assertEquals(0, b.exitCode(), b.err());
        for (String f : List.of("_corruption-manifest.tsv", "wos/savedrecs.c1.txt", "ieee/sample-response.json",
                "scopus/zz-empty-file")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                    Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        List<String> manifest = Files.readAllLines(tmp.resolve("a/_corruption-manifest.tsv"));
        assertEquals("file\tlocator\tsource\tsource_id\tkind\texpected", manifest.get(0));
        assertTrue(manifest.stream().anyMatch(l -> l.startsWith("wos/zz-empty-file\tfile\twos\t\tempty_file\t"
                + "empty_file")), manifest.toString());
    }

    @Test
    void badOptionsAndMissingInputs() {
        assertEquals(2, Cli.run("corrupt", "--in", "x", "--out", tmp.resolve("o").toString(), "--rate", "lots")
                .exitCode());
        assertEquals(2, Cli.run("corrupt", "--in", "x", "--out", tmp.resolve("o").toString(), "--rate", "2")
                .exitCode());
        assertEquals(2, Cli.run("ingest", "--rate", "0.1").exitCode());
        Cli missing = Cli.run("corrupt", "--in", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(3, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains(tmp.resolve("nope").toString()), missing.err());
    }
}
