package org.collabatlas.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.Redaction;
import org.collabatlas.io.HadoopFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages of one run directory, in pipeline order: a new run (the first stage without {@code --resume}), a later
 * stage alone in an existing run, or {@code --resume} of a run (stages complete with an unchanged key are skipped).
 * For each stage it writes the stage's {@code _run.json} (succeeded or failed, with the error), then the commit
 * marker, then the run's {@code _run.json}; at the end it moves {@code latest} when the whole pipeline is complete
 * and consistent there, and applies retention.
 */
public final class PipelineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final List<Stage> pipeline;

    /** {@code pipeline}: every stage, in {@link StageId} order. */
    public PipelineRunner(List<Stage> pipeline) {
        for (int i = 1; i < pipeline.size(); i++) {
            if (pipeline.get(i).id().ordinal() <= pipeline.get(i - 1).id().ordinal()) {
                throw new IllegalArgumentException("stages out of pipeline order: " + pipeline.get(i - 1).id()
                        + " before " + pipeline.get(i).id());
            }
        }
        this.pipeline = List.copyOf(pipeline);
    }

    public List<Stage> pipeline() {
        return pipeline;
    }

    /** What to run: the requested stages (in pipeline order), and in which run. */
    public record Request(String command, List<String> arguments, List<StageId> stages, String runId,
                          boolean resume) {
        public Request {
            stages = List.copyOf(stages);
            arguments = List.copyOf(arguments);
        }

        /** A new run directory is made: the requested stages start with the first one, and this is no resume. */
        public boolean newRun(List<Stage> pipeline) {
            return !resume && stages.get(0) == pipeline.get(0).id();
        }
    }

    /**
     * Runs the request; {@code extra} entries (e.g. the generated corpus) go into the run's {@code _run.json}.
     *
     * @throws RunException (or another runtime exception) when a stage fails; its {@code _run.json} says so
     */
    public void run(SparkSession spark, AtlasConfig config, Request request, Map<String, Object> extra,
                    PrintStream out) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<Stage> stages = new ArrayList<>();
        for (Stage s : pipeline) {
            if (request.stages().contains(s.id())) {
                stages.add(s);
            }
        }
        boolean newRun = request.newRun(pipeline);
        String runId = request.runId();
        if (runId == null) {
            runId = newRun ? RunLayout.newRunId(config.hash()) : RunLayout.latest(hadoop, config.output().dir());
            if (runId == null) {
                throw new UsageException("no complete run in " + config.output().dir() + " to continue with "
                        + request.command() + ": run 'pipeline' or 'ingest' first, or give --run-id");
            }
        }
        for (Stage s : stages) {
            s.check(hadoop, config); // e.g. a bad taxonomy stops the run before any stage
        }
        RunLayout layout = new RunLayout(config.output().dir(), runId);
        prepare(hadoop, config, layout, stages, newRun, request.resume());

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", request.command());
        run.put("arguments", Redaction.arguments(request.arguments()));
        run.put("run_id", runId);
        run.put("version", BuildInfo.version());
        run.put("spark_version", spark.version());
        run.put("master", spark.sparkContext().master());
        run.put("config_hash", config.hash());
        run.put("config", config.asMap());
        run.put("status", "running");
        run.putAll(extra);
        Map<String, Object> stageSummaries = new LinkedHashMap<>();
        run.put("stages", stageSummaries);
        LOG.info("run {} -> {}", runId, layout.runDir());

        String resultsHash = StageKeys.resultsHash(config);
        String upstreamKey = StageKeys.upstreamKey(hadoop, layout, pipeline, stages.get(0).id(), config);
        for (Stage stage : stages) {
            String stageKey = StageKeys.stageKey(stage.id(), BuildInfo.version(), resultsHash, upstreamKey);
            if (request.resume() && skipUpToDate(hadoop, layout, stage.id(), stageKey, stageSummaries, out)) {
                upstreamKey = stageKey;
                continue;
            }
            StageReport report = new StageReport(stage.id().id());
            report.put("run_id", runId).put("version", BuildInfo.version()).put("config_hash", config.hash())
                    .put("stage_key", stageKey).put("upstream_key", upstreamKey);
            if (request.resume()) {
                HadoopFiles.delete(hadoop, layout.stageDir(stage.id()));
            }
            StageId id = stage.id();
            report.runAndWrite(hadoop, layout.stageJson(id), config.asMap(),
                    () -> {
                        StageContext ctx = new StageContext(spark, config, layout, id, report);
                        ctx.requireInputs(stage.reads());
                        stage.run(ctx);
                    }, () -> {
                        run.put("status", "failed");
                        stageSummaries.put(id.id(), report.toMap());
                        StageReport.writeQuietly(hadoop, layout.runJson(), StageReport.toJson(run));
                    });
            StageCommits.commit(hadoop, layout, stage.id());
            upstreamKey = stageKey;
            stageSummaries.put(stage.id().id(), report.toMap());
            HadoopFiles.writeString(hadoop, layout.runJson(), StageReport.toJson(run));
            out.println(stage.id().id() + ": " + report.summary() + " -> " + layout.stageDir(stage.id()));
        }
        finishRun(hadoop, config, layout, run, out);
    }

    /** A new run directory, or the directories of the stages to recompute in an existing one. */
    private static void prepare(Configuration hadoop, AtlasConfig config, RunLayout layout, List<Stage> stages,
                                boolean newRun, boolean resume) {
        boolean overwrite = config.output().overwrite();
        if (newRun) {
            prepare(hadoop, layout.runDir(), overwrite, "run directory");
            OutputCheck.writable(hadoop, layout.runDir());
            return;
        }
        if (!HadoopFiles.exists(hadoop, layout.runDir())) {
            throw new UsageException("run directory " + layout.runDir() + " does not exist");
        }
        if (!resume) {
            for (Stage stage : stages) {
                prepare(hadoop, layout.stageDir(stage.id()), overwrite, "stage directory");
            }
        }
    }

    private static void prepare(Configuration hadoop, String dir, boolean overwrite, String what) {
        if (HadoopFiles.exists(hadoop, dir)) {
            if (!overwrite) {
                throw new UsageException(what + " " + dir + " exists; choose another --run-id or --set "
                        + "output.overwrite=true");
            }
            HadoopFiles.delete(hadoop, dir);
        }
    }

    /**
     * Marks the run succeeded; moves {@code latest} to it when every pipeline stage is complete and consistent
     * there; applies retention ({@code output.keep-runs}).
     */
    private void finishRun(Configuration hadoop, AtlasConfig config, RunLayout layout, Map<String, Object> run,
                           PrintStream out) {
        String notReady = StageCommits.notReadyForLatest(hadoop, layout, pipeline.stream().map(Stage::id).toList());
        run.put("status", notReady == null ? "succeeded" : "partial");
        run.put("finished", Instant.now().toString());
        HadoopFiles.writeString(hadoop, layout.runJson(), StageReport.toJson(run));
        if (notReady != null) {
            out.println("run " + layout.runId() + ": requested stages complete; latest not moved (" + notReady + ")");
            return;
        }
        layout.markLatest(hadoop);
        out.println("run " + layout.runId() + " complete: " + layout.runDir());
        Retention.retain(hadoop, config.output().dir(), config.output().keepRuns(), out);
    }

    /** With --resume: skips a stage that is complete with the same key, keeping its summary. */
    private static boolean skipUpToDate(Configuration hadoop, RunLayout layout, StageId stage, String stageKey,
                                        Map<String, Object> stageSummaries, PrintStream out) {
        if (!StageCommits.isUpToDate(hadoop, layout, stage, stageKey)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> previous = new ObjectMapper()
                .convertValue(StageCommits.stageJson(hadoop, layout, stage), Map.class);
        previous.remove("config");
        previous.put("skipped", "complete with unchanged inputs and configuration");
        stageSummaries.put(stage.id(), previous);
        out.println(stage.id() + ": complete with unchanged inputs and configuration, skipped -> "
                + layout.stageDir(stage));
        return true;
    }
}
