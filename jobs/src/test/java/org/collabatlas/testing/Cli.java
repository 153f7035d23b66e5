package org.collabatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.cli.Main;

/** Runs {@code collab-atlas} in-process (on the shared test session) and captures its exit code and output. */
public record Cli(int exitCode, String out, String err) {

    /**
     * The settings that make a run read the hand-made sample corpus of {@code conf/sample-corpus} (44 units, all five
     * formats) instead of generating the embedded default's 20,000-paper corpus: fast, and with known counts.
     */
    public static final String[] SAMPLE = {"--set", "generate.before-ingest=false", "--set",
        "ingest.inputs=[{format=ieee-xplore-api,path=\"conf/sample-corpus/ieee\"},"
            + "{format=acm-dl,path=\"conf/sample-corpus/acm\"},{format=wos,path=\"conf/sample-corpus/wos\"},"
            + "{format=scopus,path=\"conf/sample-corpus/scopus\"},"
            + "{format=openalex,path=\"conf/sample-corpus/openalex\"}]"};

    /** {@code args} followed by {@link #SAMPLE}. */
    public static String[] sample(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + SAMPLE.length);
        System.arraycopy(SAMPLE, 0, all, args.length, SAMPLE.length);
        return all;
    }

    /**
     * Runs a command line in-process. A command that needs Spark gets the tests' session settings from the system
     * properties the build sets ({@code spark.master=local[2,4]}, ...), whether or not {@link SparkTestSession}
     * started it first; a command that needs none (help, usage and configuration errors) starts none.
     */
    public static Cli run(String... args) {        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code ingest} (or another command) over the given inputs into {@code outputDir}, with run id {@code run}. */
    public static Cli ingest(Path outputDir, String years, String... formatPathPairs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--run-id", "test",
                "--set", "output.dir=" + outputDir, "--set", "ingest.years=" + years));
        StringBuilder inputs = new StringBuilder("ingest.inputs=[");
        for (int i = 0; i < formatPathPairs.length; i += 2) {
            inputs.append(i > 0 ? "," : "").append("{format=").append(formatPathPairs[i]).append(",path=\"")
                    .append(formatPathPairs[i + 1]).append("\"}");
        }
        args.add("--set");
        args.add(inputs.append(']').toString());
        return run(args.toArray(String[]::new));
    }

    public static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
