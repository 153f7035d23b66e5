package org.collabatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.collabatlas.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret config values never reach {@code _run.json} or the console, while the run still records what it needs to
 * be traced: input sizes and modification times, the config hash, the software version.
 */
class SecretsTest {
    private static final String SECRET = "hunter2-do-not-print";

    @TempDir
    Path tmp;

    @Test
    void secretsAreRedactedAndTheRunIsTraceable() throws IOException {
        Path out = tmp.resolve("out");
        Cli c = Cli.run("ingest", "--run-id", "s", "--set", "output.dir=" + out,
                "--set", "spark.properties={\"spark.hadoop.fs.s3a.secret.key\"=\"" + SECRET + "\"}",
                "--set", "spark.properties.\"spark.hadoop.fs.s3a.session.token\"=" + SECRET);
        assertEquals(0, c.exitCode(), c.err());
        assertFalse(c.out().contains(SECRET) || c.err().contains(SECRET));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                assertFalse(Files.readString(f).contains(SECRET), f + " holds the secret");
            }
        }
        JsonNode run = Cli.json(out.resolve("runs/s/_run.json"));
        assertEquals("<redacted>", run.at("/config/spark/properties/spark.hadoop.fs.s3a.secret.key").asText());
        assertTrue(run.get("arguments").toString().contains("spark.properties=<redacted>"), run.toString());
        assertTrue(run.get("config_hash").asText().matches("[0-9a-f]{64}"));
        assertTrue(run.hasNonNull("version"));
        JsonNode stage = Cli.json(out.resolve("runs/s/ingest/_run.json"));
        JsonNode first = stage.get("inputs").get(0);
        Path firstFile = Path.of(java.net.URI.create(first.get("path").asText()));
        assertEquals(Files.size(firstFile), first.get("bytes").asLong());
        assertEquals(Files.getLastModifiedTime(firstFile).toMillis(),
                java.time.Instant.parse(first.get("modified").asText()).toEpochMilli());
        assertEquals(run.get("config_hash"), stage.get("config_hash"));
    }
}
