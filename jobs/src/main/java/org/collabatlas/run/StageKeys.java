package org.collabatlas.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.config.AtlasConfig;

/**
 * Stage keys, which decide what {@code --resume} may skip. A stage's key is the SHA-256 of its id, the software
 * version, the results-relevant configuration (every key except {@link #EXECUTION_ONLY}, which change how a run
 * executes but not what it computes) and the key of the stage before it; the first stage's upstream is the
 * fingerprint of the external inputs ({@link Stage#externalInputs} of every stage: input files with their size and
 * modification time, the ROR dump). A stage whose recorded key equals the current one would compute the same tables.
 */
public final class StageKeys {
    /**
     * Settings that do not change any table: excluded from stage keys. {@code generate.*} shapes a generated corpus,
     * which reaches the stages only as input files, and those are in the inputs fingerprint (size, modification time).
     */
    public static final Set<String> EXECUTION_ONLY = Set.of("spark.master", "spark.app-name",
            "spark.shuffle-partitions", "spark.checkpoint-dir", "spark.properties", "output.dir", "output.overwrite",
            "output.keep-runs", "generate");

    private StageKeys() {
    }

    /** Hash of the configuration without {@link #EXECUTION_ONLY} keys. */
    public static String resultsHash(AtlasConfig config) {
        Map<String, Object> m = new TreeMap<>(config.asMap());
        for (String key : EXECUTION_ONLY) {
            remove(m, key.split("\\."), 0);
        }
        return sha256(StageReport.toJson(m));
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> m, String[] path, int i) {
        if (i == path.length - 1) {
            m.remove(path[i]);
        } else if (m.get(path[i]) instanceof Map<?, ?> sub) {
            Map<String, Object> copy = new TreeMap<>((Map<String, Object>) sub);
            remove(copy, path, i + 1);
            m.put(path[i], copy);
        }
    }

    /** Fingerprint of everything the stages read from outside the run. */
    public static String inputsFingerprint(Configuration hadoop, AtlasConfig config, List<? extends Stage> stages) {
        StringBuilder sb = new StringBuilder();
        for (Stage s : stages) {
            String external = s.externalInputs(hadoop, config);
            if (external != null) {
                sb.append(external);
            }
        }
        return sha256(sb.toString());
    }

    public static String stageKey(StageId stage, String version, String resultsHash, String upstreamKey) {
        return sha256(stage.id() + "\n" + version + "\n" + resultsHash + "\n" + upstreamKey);
    }

    /**
     * The upstream key of {@code first}: the inputs fingerprint when it is the first of {@code pipeline}, else the
     * key recorded by the stage before it in this run ("unknown" when that stage recorded none).
     */
    public static String upstreamKey(Configuration hadoop, RunLayout layout, List<? extends Stage> pipeline,
                                     StageId first, AtlasConfig config) {
        int i = indexOf(pipeline, first);
        if (i <= 0) {
            try {
                return inputsFingerprint(hadoop, config, pipeline);
            } catch (InputNotFoundException e) {
                return "inputs unavailable: " + e.getMessage(); // the stage itself then fails, naming the input
            }
        }
        JsonNode prev = StageCommits.stageJson(hadoop, layout, pipeline.get(i - 1).id());
        return prev == null ? "unknown" : prev.path("stage_key").asText("unknown");
    }

    private static int indexOf(List<? extends Stage> pipeline, StageId id) {
        for (int i = 0; i < pipeline.size(); i++) {
            if (pipeline.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
