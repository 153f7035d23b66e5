package org.collabatlas.run;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.io.HadoopFiles;

/**
 * Where a run's outputs go:
 * <pre>
 *   &lt;output.dir&gt;/latest                          one line: the id of the last complete run
 *   &lt;output.dir&gt;/runs/&lt;run-id&gt;/_run.json           the whole run
 *   &lt;output.dir&gt;/runs/&lt;run-id&gt;/&lt;stage&gt;/            each stage's tables ({@link Table}), _run.json, _SUCCESS
 *   &lt;output.dir&gt;/runs/&lt;run-id&gt;/export/&lt;level&gt;/&lt;slice&gt;/  CSV exports of the centrality stage
 * </pre>
 */
public record RunLayout(String outputDir, String runId) {
    /** The summary file of a run and of each stage. */
    public static final String RUN_JSON = "_run.json";
    /** The commit marker of a complete stage (and of a complete Parquet table). */
    public static final String SUCCESS = "_SUCCESS";
    static final String LATEST = "latest";
    static final String RUNS = "runs";
    static final String EXPORT = "export";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** A new run id: the UTC time, then the first 8 digits of the config hash. */
    public static String newRunId(String configHash) {
        return ZonedDateTime.now(ZoneOffset.UTC).format(ID) + "-" + configHash.substring(0, 8);
    }

    /** The id in {@code <output.dir>/latest}, or null when no run has completed. */
    public static String latest(Configuration conf, String outputDir) {
        String text = HadoopFiles.readString(conf, HadoopFiles.child(outputDir, LATEST));
        return text == null ? null : text.strip();
    }

    /** {@code <output.dir>/runs}. */
    public static String runsDir(String outputDir) {
        return HadoopFiles.child(outputDir, RUNS);
    }

    public String runDir() {
        return HadoopFiles.child(runsDir(outputDir), runId);
    }

    /** The run's own {@code _run.json}. */
    public String runJson() {
        return HadoopFiles.child(runDir(), RUN_JSON);
    }

    public String stageDir(StageId stage) {
        return HadoopFiles.child(runDir(), stage.id());
    }

    /** A stage's {@code _run.json}. */
    public String stageJson(StageId stage) {
        return HadoopFiles.child(stageDir(stage), RUN_JSON);
    }

    /** A stage's commit marker. */
    public String stageSuccess(StageId stage) {
        return HadoopFiles.child(stageDir(stage), SUCCESS);
    }

    /** Where {@code table} is in this run. */
    public String table(Table table) {
        return table(runDir(), table);
    }

    /** Where {@code table} is in the run directory {@code runDir} (a run named by its directory). */
    public static String table(String runDir, Table table) {
        return table.in(HadoopFiles.child(runDir, table.stage().id()));
    }

    /** True when {@code table} was written completely (its {@code _SUCCESS} marker is there). */
    public boolean hasTable(Configuration conf, Table table) {
        return HadoopFiles.exists(conf, HadoopFiles.child(table(table), SUCCESS));
    }

    /** The CSV exports of the centrality stage: {@code export/<level>/<slice>/{edges,metrics}.csv}. */
    public String exportDir() {
        return HadoopFiles.child(runDir(), EXPORT);
    }

    /** Points {@code latest} at this run; called only when every stage is complete and consistent. */
    public void markLatest(Configuration conf) {
        HadoopFiles.writeString(conf, HadoopFiles.child(outputDir, LATEST), runId + "\n");
    }
}
