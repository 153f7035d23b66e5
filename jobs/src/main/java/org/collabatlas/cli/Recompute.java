package org.collabatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.ingest.InputFile;
import org.collabatlas.ingest.InputNotFoundException;
import org.collabatlas.ingest.ListInputs;
import org.collabatlas.io.HadoopFiles;

/**
 * Periodic full recomputes: stage commit markers, stage keys for {@code --resume}, the {@code latest} rule, and
 * retention. Works over {@link Command#STAGES} whatever stages it holds.
 *
 * <ul>
 *   <li><b>Commit.</b> A stage's directory is complete only when it holds {@code _SUCCESS}, written after its tables
 *   and its {@code _run.json} (status {@code succeeded}). A failed or killed stage never has it. (Markers rather
 *   than renaming a temporary directory: on S3 and GCS a directory rename is a copy of every file.)</li>
 *   <li><b>Stage key.</b> SHA-256 of the stage id, the software version, the results-relevant configuration (every
 *   key except {@link #EXECUTION_ONLY}, which change how a run executes but not what it computes) and the key of
 *   the stage before it in {@link Command#STAGES}; the first stage's upstream is the fingerprint of the external
 *   inputs (every file of {@code ingest.inputs} with its size and modification time, and {@code resolve.ror}).
 *   A stage whose recorded key equals the current one would compute the same tables: {@code --resume} skips it.</li>
 *   <li><b>Latest.</b> {@code <output.dir>/latest} moves to a run only when every stage of {@link Command#STAGES}
 *   is complete there and their keys chain (no stage is stale after an earlier one was recomputed).</li>
 *   <li><b>Retention.</b> {@code output.keep-runs} newest complete runs are kept; older complete runs are deleted,
 *   never the one {@code latest} names; incomplete runs stay for {@code --resume}.</li>
 * </ul>
 */
public final class Recompute {
    /**
     * Settings that do not change any table: excluded from stage keys. {@code generate.*} shapes a generated corpus,
     * which reaches the stages only as input files, and those are in the inputs fingerprint (size, modification time).
     */
    static final Set<String> EXECUTION_ONLY = Set.of("spark.master", "spark.app-name", "spark.shuffle-partitions",
            "spark.checkpoint-dir", "spark.properties", "output.dir", "output.overwrite", "output.keep-runs",
            "generate");
    static final String SUCCESS = "_SUCCESS";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Recompute() {
    }

    /** Hash of the configuration without {@link #EXECUTION_ONLY} keys. */
    static String resultsHash(AtlasConfig config) {
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

    /** Fingerprint of the external inputs: every input file (format, path, size, modification time) and the ROR dump. */
    static String inputsFingerprint(Configuration hadoop, AtlasConfig config) {
        StringBuilder sb = new StringBuilder();
        for (InputFile f : ListInputs.list(hadoop, config.ingest().inputs())) {
            sb.append(f.format()).append('\t').append(f.path()).append('\t').append(f.bytes()).append('\t')
                    .append(f.modified()).append('\n');
        }
        String ror = config.resolve().ror();
        if (ror != null) {
            Path p = new Path(ror);
            try {
                FileStatus s = p.getFileSystem(hadoop).getFileStatus(p);
                sb.append("ror\t").append(s.getPath()).append('\t').append(s.getLen()).append('\t')
                        .append(s.getModificationTime()).append('\n');
            } catch (FileNotFoundException e) {
                sb.append("ror\t").append(ror).append("\tmissing\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ror + ": " + e.getMessage(), e);
            }
        }
        return sha256(sb.toString());
    }

    static String stageKey(Command stage, String version, String resultsHash, String upstreamKey) {
        return sha256(stage.id() + "\n" + version + "\n" + resultsHash + "\n" + upstreamKey);
    }

    /**
     * The upstream key of the first of {@code stages}: the inputs fingerprint for the first pipeline stage, else the
     * key recorded by the stage before it in this run ("unknown" when that stage recorded none).
     */
    static String upstreamKey(Configuration hadoop, RunLayout layout, Command first, AtlasConfig config) {
        int i = Command.STAGES.indexOf(first);
        if (i <= 0) {
            try {
                return inputsFingerprint(hadoop, config);
            } catch (InputNotFoundException e) {
                return "inputs unavailable: " + e.getMessage(); // the stage itself then fails, naming the input
            }
        }
        JsonNode prev = stageJson(hadoop, layout, Command.STAGES.get(i - 1));
        return prev == null ? "unknown" : prev.path("stage_key").asText("unknown");
    }

    /** The stage's {@code _run.json}, or null when absent or unreadable. */
    static JsonNode stageJson(Configuration hadoop, RunLayout layout, Command stage) {
        String text = HadoopFiles.readString(hadoop, HadoopFiles.child(layout.stageDir(stage.id()), "_run.json"));
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /** Complete: {@code _SUCCESS} present and {@code _run.json} says succeeded. */
    static boolean isComplete(Configuration hadoop, RunLayout layout, Command stage) {
        JsonNode json = stageJson(hadoop, layout, stage);
        return json != null && "succeeded".equals(json.path("status").asText())
                && HadoopFiles.exists(hadoop, HadoopFiles.child(layout.stageDir(stage.id()), SUCCESS));
    }

    /** Complete, and computed with {@code key}: nothing to redo. */
    static boolean isUpToDate(Configuration hadoop, RunLayout layout, Command stage, String key) {
        JsonNode json = stageJson(hadoop, layout, stage);
        return isComplete(hadoop, layout, stage) && key.equals(json.path("stage_key").asText(null));
    }

    /** Marks a stage complete; called after its tables and its {@code _run.json} are written. */
    static void commit(Configuration hadoop, RunLayout layout, Command stage) {
        HadoopFiles.writeString(hadoop, HadoopFiles.child(layout.stageDir(stage.id()), SUCCESS), "");
    }

    /**
     * Why {@code latest} may not move to this run, or null when it may: every stage complete, and each stage
     * computed from the outputs the stage before it holds now.
     */
    static String notReadyForLatest(Configuration hadoop, RunLayout layout) {
        String previousKey = null;
        for (Command stage : Command.STAGES) {
            if (!isComplete(hadoop, layout, stage)) {
                return "stage '" + stage.id() + "' is not complete";
            }
            JsonNode json = stageJson(hadoop, layout, stage);
            if (previousKey != null && !previousKey.equals(json.path("upstream_key").asText(null))) {
                return "stage '" + stage.id() + "' was computed from an earlier output of the stage before it";
            }
            previousKey = json.path("stage_key").asText(null);
        }
        return null;
    }

    /** A complete run: its {@code _run.json} status and when it finished (ISO time, or "" when unknown). */
    record RunInfo(String runId, String finished) {
    }

    /** The complete runs under {@code <output.dir>/runs}, oldest first (by finish time, then id). */
    static List<RunInfo> completeRuns(Configuration hadoop, String outputDir) {
        Path runs = new Path(HadoopFiles.child(outputDir, "runs"));
        List<RunInfo> out = new ArrayList<>();
        try {
            FileSystem fs = runs.getFileSystem(hadoop);
            if (!fs.exists(runs)) {
                return out;
            }
            for (FileStatus s : fs.listStatus(runs)) {
                if (!s.isDirectory()) {
                    continue;
                }
                String id = s.getPath().getName();
                String text = HadoopFiles.readString(hadoop, HadoopFiles.child(s.getPath().toString(), "_run.json"));
                if (text == null) {
                    continue;
                }
                JsonNode json = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
                if ("succeeded".equals(json.path("status").asText())) {
                    out.add(new RunInfo(id, json.path("finished").asText("")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(RunInfo::finished).thenComparing(RunInfo::runId));
        return out;
    }

    /** Deletes complete runs beyond the newest {@code keep} (never the latest one); returns the deleted ids. */
    static List<String> retain(Configuration hadoop, String outputDir, int keep, PrintStream out) {
        List<String> deleted = new ArrayList<>();
        if (keep <= 0) {
            return deleted;
        }
        String latest = RunLayout.latest(hadoop, outputDir);
        List<RunInfo> runs = completeRuns(hadoop, outputDir);
        for (int i = 0; i < runs.size() - keep; i++) {
            String id = runs.get(i).runId();
            if (id.equals(latest)) {
                continue;
            }
            HadoopFiles.delete(hadoop, new RunLayout(outputDir, id).runDir());
            deleted.add(id);
        }
        if (!deleted.isEmpty()) {
            out.println("retention (output.keep-runs = " + keep + "): deleted runs " + String.join(", ", deleted));
        }
        return deleted;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
