package org.collabatlas.run;

import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.config.AtlasConfig;

/**
 * One stage of a run: what it reads (tables of earlier stages), what it commits (its own tables, under
 * {@link RunLayout#stageDir}), and how it runs. {@link PipelineRunner} runs stages in {@link StageId} order, writes
 * each one's {@code _run.json} and commit marker, and decides from the stages alone what {@code --resume} may skip
 * and when {@code latest} may move; it never switches on a stage's name.
 */
public interface Stage {
    StageId id();

    /**
     * Tables of earlier stages this stage needs: {@link PipelineRunner} checks that their stages are complete in the
     * run before it runs this one.
     */
    Set<Table> reads();

    /** Tables of earlier stages this stage uses when the run has them (e.g. the categories of the classify stage). */
    default Set<Table> readsIfPresent() {
        return Set.of();
    }

    /** The tables this stage writes and commits. */
    List<Table> writes();

    /**
     * A fingerprint of what this stage reads from outside the run (input files, a registry dump), or null when it
     * reads only tables of the run. It is part of the stage key, so {@code --resume} recomputes when inputs change.
     */
    default String externalInputs(Configuration hadoop, AtlasConfig config) {
        return null;
    }

    /** Checks, before any stage of the run starts, what would make this stage fail (e.g. an unreadable taxonomy). */
    default void check(Configuration hadoop, AtlasConfig config) {
    }

    /**
     * Computes the stage: reads through {@link StageContext#input}, writes into {@link StageContext#dir}, records
     * counts and steps in {@link StageContext#report}.
     *
     * @throws Exception a failed Spark job surfaces as a checked exception undeclared by Scala code
     */
    void run(StageContext ctx) throws Exception;
}
