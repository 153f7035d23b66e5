package org.collabatlas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one stage did, written as {@code _run.json} beside its output: status, start and end, wall time per step,
 * counts, inputs, the driver JVM ({@link JvmInfo}), and (added by the CLI) the command, resolved config, config hash
 * and software version.
 * Steps are logged as they start and finish, so a long stage shows its progress in the log.
 */
public final class StageReport {
    private static final Logger LOG = LoggerFactory.getLogger(StageReport.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String stage;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();

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

    public void finish(String status) {
        fields.put("status", status);
        fields.put("finished", Instant.now().toString());
        fields.put("wall_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
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
