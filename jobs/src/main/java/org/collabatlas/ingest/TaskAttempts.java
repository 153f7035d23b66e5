package org.collabatlas.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/** Whether a running task is on its last attempt: after it fails, Spark fails the job instead of retrying. */
final class TaskAttempts {
    /** {@code local[N,F]}: F attempts per task; {@code local} and {@code local[N]}: one. */
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[\\s*(?:\\*|\\d+)\\s*(?:,\\s*(\\d+)\\s*)?])?");

    private TaskAttempts() {
    }

    /** True outside a task (the driver) and on a task's last allowed attempt. */
    static boolean isLast(TaskContext task) {
        if (task == null) {
            return true;
        }
        SparkEnv env = SparkEnv.get();
        return task.attemptNumber() + 1 >= maxAttempts(env == null ? new SparkConf(false) : env.conf());
    }

    /** Attempts per task: the {@code F} of a {@code local[N,F]} master, 1 in other local modes, else {@code spark.task.maxFailures}. */
    static int maxAttempts(SparkConf conf) {
        String master = conf.get("spark.master", "");
        Matcher m = LOCAL.matcher(master.trim());
        if (m.matches()) {
            return m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        }
        return conf.getInt("spark.task.maxFailures", 4);
    }
}
