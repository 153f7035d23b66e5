package org.collabatlas.run;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.io.HadoopFiles;

/** Builds the one SparkSession of a run from {@code spark.*} settings. */
public final class Sessions {
    private Sessions() {
    }

    /**
     * The session: {@code spark.master} from config only when spark-submit has not set one; UTC session time zone
     * (so results never depend on the machine's zone); the shuffle partitions and extra properties of config;
     * the checkpoint directory. An existing session in this JVM (tests) is reused and reconfigured.
     */
    public static SparkSession create(AtlasConfig config) {
        SparkConf present = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName(config.spark().appName());
        if (!present.contains("spark.master") && config.spark().master() != null) {
            b.master(config.spark().master());
        }
        b.config("spark.sql.session.timeZone", "UTC");
        config.spark().properties().forEach(b::config);
        SparkSession spark = b.getOrCreate();
        spark.conf().set("spark.sql.shuffle.partitions", config.spark().shufflePartitions());
        String checkpoints = config.spark().checkpointDir() != null ? config.spark().checkpointDir()
                : HadoopFiles.child(config.output().dir(), "_checkpoints");
        try {
            spark.sparkContext().setCheckpointDir(checkpoints);
        } catch (Exception e) { // an IOException, thrown undeclared from Scala
            throw new OutputNotWritableException("cannot create the checkpoint directory " + checkpoints
                    + " (spark.checkpoint-dir, by default <output.dir>/_checkpoints): " + e, e);
        }
        if (!present.contains("collabatlas.progress.registered")) {
            spark.sparkContext().addSparkListener(new ProgressListener(10_000));
            spark.sparkContext().conf().set("collabatlas.progress.registered", "true");
        }
        return spark;
    }
}
