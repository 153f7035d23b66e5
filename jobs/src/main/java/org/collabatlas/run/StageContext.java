package org.collabatlas.run;

import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;

/** What a running stage is given: the session, the validated config, the run's layout and its own report. */
public record StageContext(SparkSession spark, AtlasConfig config, RunLayout layout, StageId stage,
                           StageReport report) {

    public Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }

    /** This stage's output directory. */
    public String dir() {
        return layout.stageDir(stage);
    }

    /**
     * Checks that the stages of every table in {@code reads} have completed in this run, earliest stage first (the
     * runner calls it before a stage runs, so a stage alone on an incomplete run fails naming what to run first).
     */
    void requireInputs(Set<Table> reads) {
        reads.stream().map(Table::stage).distinct().sorted().forEach(this::inputStage);
    }

    /** An earlier stage's table; that stage must have completed in this run. */
    public String input(Table table) {
        inputStage(table.stage());
        return layout.table(table);
    }

    /** An earlier stage's table when the run holds it complete, else null. */
    public String inputIfPresent(Table table) {
        return layout.hasTable(hadoop(), table) ? layout.table(table) : null;
    }

    /** An earlier stage's directory (for stages that read several of its tables); it must have completed. */
    public String inputStage(StageId earlier) {
        if (!StageCommits.isComplete(hadoop(), layout, earlier)) {
            throw new UsageException("stage '" + earlier.id() + "' has not completed in run " + layout.runId()
                    + " (" + layout.stageDir(earlier) + "): run it first");
        }
        return layout.stageDir(earlier);
    }
}
