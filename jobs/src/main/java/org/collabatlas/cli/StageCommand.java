package org.collabatlas.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.generate.GenerateJob;
import org.collabatlas.run.PipelineRunner;
import org.collabatlas.run.Sessions;
import org.collabatlas.run.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pipeline} (every stage, in order) and one command per stage ({@code ingest}, ..., {@code report}): a stage
 * alone continues the run named by {@code --run-id}, or the {@code latest} complete run.
 */
@Command(sortOptions = false, mixinStandardHelpOptions = true)
final class StageCommand extends ConfiguredCommand {
    @Option(names = "--run-id", paramLabel = "ID", description = "The run directory under <output.dir>/runs (default:"
            + " a new id for pipeline and ingest; the latest complete run for a later stage alone).")
    String runId;

    @Option(names = "--resume", paramLabel = "RUN_ID", description = "Continue run RUN_ID: skip stages complete with"
            + " unchanged inputs and settings, rerun the others (after a failure, or when inputs or settings changed).")
    String resume;

    private final String name;
    private final List<StageId> stages;

    StageCommand(Console console, String name, List<StageId> stages) {
        super(console);
        this.name = name;
        this.stages = List.copyOf(stages);
    }

    @Override
    void validate() {
        requireRunId("--run-id", runId);
        requireRunId("--resume", resume);
        if (resume != null && runId != null) {
            throw usage("--resume RUN_ID names the run: give it without --run-id");
        }
    }

    @Override
    void execute(AtlasConfig config) {
        SparkSession spark = Sessions.create(config);
        PipelineRunner runner = new PipelineRunner(Pipeline.stages());
        PipelineRunner.Request request = new PipelineRunner.Request(name, console.arguments(), stages,
                resume != null ? resume : runId, resume != null);
        Map<String, Object> extra = new HashMap<>();
        if (request.newRun(runner.pipeline()) && config.generate().beforeIngest() && GenerateJob.readsCorpus(config)) {
            extra.put("generated_corpus", GenerateJob.ensure(spark, config, console.out(), false));
        }
        runner.run(spark, config, request, extra, console.out());
    }
}
