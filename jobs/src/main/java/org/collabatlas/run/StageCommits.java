package org.collabatlas.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.io.HadoopFiles;

/**
 * Stage commit markers and the {@code latest} rule.
 * <ul>
 *   <li><b>Commit.</b> A stage's directory is complete only when it holds {@code _SUCCESS}, written after its tables
 *   and its {@code _run.json} (status {@code succeeded}). A failed or killed stage never has it. (Markers rather
 *   than renaming a temporary directory: on S3 and GCS a directory rename is a copy of every file.)</li>
 *   <li><b>Latest.</b> {@code <output.dir>/latest} moves to a run only when every stage is complete there and their
 *   keys chain (no stage is stale after an earlier one was recomputed).</li>
 * </ul>
 */
public final class StageCommits {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StageCommits() {
    }

    /** The stage's {@code _run.json}, or null when absent or unreadable. */
    public static JsonNode stageJson(Configuration hadoop, RunLayout layout, StageId stage) {
        String text = HadoopFiles.readString(hadoop, layout.stageJson(stage));
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
    public static boolean isComplete(Configuration hadoop, RunLayout layout, StageId stage) {
        JsonNode json = stageJson(hadoop, layout, stage);
        return json != null && "succeeded".equals(json.path("status").asText())
                && HadoopFiles.exists(hadoop, layout.stageSuccess(stage));
    }

    /** Complete, and computed with {@code key}: nothing to redo. */
    public static boolean isUpToDate(Configuration hadoop, RunLayout layout, StageId stage, String key) {
        JsonNode json = stageJson(hadoop, layout, stage);
        return isComplete(hadoop, layout, stage) && key.equals(json.path("stage_key").asText(null));
    }

    /** Marks a stage complete; called after its tables and its {@code _run.json} are written. */
    public static void commit(Configuration hadoop, RunLayout layout, StageId stage) {
        HadoopFiles.writeString(hadoop, layout.stageSuccess(stage), "");
    }

    /**
     * Why {@code latest} may not move to this run, or null when it may: every one of {@code stages} complete, and
     * each computed from the outputs the stage before it holds now.
     */
    public static String notReadyForLatest(Configuration hadoop, RunLayout layout, List<StageId> stages) {
        String previousKey = null;
        for (StageId stage : stages) {
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
}
