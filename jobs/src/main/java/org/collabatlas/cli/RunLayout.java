package org.collabatlas.cli;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.io.HadoopFiles;

/**
 * Where a run's outputs go:
 * <pre>
 *   &lt;output.dir&gt;/latest                 one line: the id of the last complete run
 *   &lt;output.dir&gt;/runs/&lt;run-id&gt;/_run.json  the whole run
 *   &lt;output.dir&gt;/runs/&lt;run-id&gt;/&lt;stage&gt;/   each stage's tables and its _run.json
 * </pre>
 */
public record RunLayout(String outputDir, String runId) {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** A new run id: the UTC time, then the first 8 digits of the config hash. */
    public static String newRunId(String configHash) {
        return ZonedDateTime.now(ZoneOffset.UTC).format(ID) + "-" + configHash.substring(0, 8);
    }

    /** The id in {@code <output.dir>/latest}, or null when no run has completed. */
    public static String latest(Configuration conf, String outputDir) {
        String text = HadoopFiles.readString(conf, HadoopFiles.child(outputDir, "latest"));
        return text == null ? null : text.strip();
    }

    public String runDir() {
        return HadoopFiles.child(HadoopFiles.child(outputDir, "runs"), runId);
    }

    public String stageDir(String stage) {
        return HadoopFiles.child(runDir(), stage);
    }

    /** Points {@code latest} at this run; called only when every requested stage has succeeded. */
    public void markLatest(Configuration conf) {
        HadoopFiles.writeString(conf, HadoopFiles.child(outputDir, "latest"), runId + "\n");
    }
}
