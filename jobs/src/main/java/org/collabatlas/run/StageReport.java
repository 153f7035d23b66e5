package org.collabatlas.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.io.HadoopFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one stage did, written as {@code _run.json} beside its output: status, start and end, wall time per step,
 * counts, inputs, the driver JVM ({@link JvmInfo}), and (added by {@link PipelineRunner}) the run id, resolved config,
 * config hash, stage key and software version.
 * Steps are logged as they start and finish, so a long stage shows its progress in the log.
 */
public final class StageReport {
    private static final Logger LOG = LoggerFactory.getLogger(StageReport.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String stage;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();
    private String summary = "done";

    public StageReport(String stage) {
        this.stage = stage;
        fields.put("stage", stage);
        fields.put("status", "running");
        fields.put("started", Instant.now().toString());
        fields.put("jvm", JvmInfo.describe());
    }

    public String stage() {
        return stage;
    }

    /** Runs a step, logging and recording its wall time. */
    public <T> T step(String name, Supplier<T> body) {
        LOG.info("{}: {} ...", stage, name);
        long t0 = System.nanoTime();
        T result = body.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        steps.put(name, Math.round(seconds * 1000) / 1000.0);
        LOG.info("{}: {} done in {} s", stage, name, String.format("%.1f", seconds));
        return result;
    }

    public void step(String name, Runnable body) {
        step(name, () -> {
            body.run();
            return null;
        });
    }

    public StageReport put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Object get(String key) {
        return fields.get(key);
    }

    /** The stage's counts ({@code counts} of {@code _run.json}): names to numbers, or to nested maps of them. */
    public StageReport counts(Map<String, ?> counts) {
        fields.put("counts", counts);
        return this;
    }

    /** The one line the command prints when the stage has finished (default {@code done}). */
    public StageReport summary(String line) {
        this.summary = line;
        return this;
    }

    public String summary() {
        return summary;
    }

    public void finish(String status) {
        fields.put("status", status);
        fields.put("finished", Instant.now().toString());
        fields.put("wall_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
    }

    /** A stage's work; may throw what Spark's Scala code throws undeclared. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} as this report's stage and writes the report to {@code jsonPath}: on success with status
     * {@code succeeded} and {@code config}; on failure with status {@code failed} and the error, then
     * {@code onFailure} runs and the failure is rethrown (a checked one as a {@link StageFailedException} naming the
     * stage). So every stage, generation and standalone command records its failure the same way.
     */
    public void runAndWrite(Configuration hadoop, String jsonPath, Map<String, Object> config, Work work,
                            Runnable onFailure) {
        try {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // without this the _run.json would stay "running" and the command would end in a stack trace
                throw new StageFailedException(stage + " failed: " + String.valueOf(e.getMessage()).lines()
                        .findFirst().orElse(""), e);
            }
        } catch (RuntimeException e) {
            put("error", String.valueOf(e.getMessage()));
            finish("failed");
            writeQuietly(hadoop, jsonPath, toJson());
            onFailure.run();
            throw e;
        }
        finish("succeeded");
        Map<String, Object> map = toMap();
        map.put("config", config);
        HadoopFiles.writeString(hadoop, jsonPath, toJson(map));
    }

    /** Writes a summary where a failure is being reported already: a second failure is logged, not thrown. */
    public static void writeQuietly(Configuration conf, String path, String text) {
        try {
            HadoopFiles.writeString(conf, path, text);
        } catch (UncheckedIOException e) {
            LOG.warn("could not write {}: {}", path, e.getMessage());
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        out.put("steps_seconds", new LinkedHashMap<>(steps));
        return out;
    }

    public String toJson() {
        return toJson(toMap());
    }

    /** The {@code status} of a {@code _run.json} text, or null when it has none or is not JSON. */
    public static String status(String runJson) {
        try {
            return JSON.readTree(runJson).path("status").asText(null);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
