package org.collabatlas.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs, at most every {@code intervalMillis}, how many tasks of each running Spark stage have finished. */
public final class ProgressListener extends SparkListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    private final long intervalMillis;
    private final Map<Integer, int[]> stages = new ConcurrentHashMap<>(); // id -> {done, total}
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private volatile long lastLog = System.currentTimeMillis();
    private final AtomicInteger finishedTasks = new AtomicInteger();

    public ProgressListener(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        stages.put(e.stageInfo().stageId(), new int[] {0, e.stageInfo().numTasks()});
        names.put(e.stageInfo().stageId(), e.stageInfo().name());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        int[] c = stages.get(e.stageId());
        if (c != null && e.taskInfo().successful()) {
            synchronized (c) {
                c[0]++;
            }
        }
        finishedTasks.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - lastLog >= intervalMillis) {
            lastLog = now;
            StringBuilder sb = new StringBuilder("progress:");
            stages.forEach((id, t) -> sb.append(" [stage ").append(id).append(' ')
                    .append(shortName(names.get(id))).append(": ").append(t[0]).append('/').append(t[1]).append(']'));
            LOG.info(sb.toString());
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        stages.remove(e.stageInfo().stageId());
        names.remove(e.stageInfo().stageId());
    }

    private static String shortName(String name) {
        if (name == null) {
            return "";
        }
        int at = name.indexOf(" at ");
        return at > 0 ? name.substring(0, at) : name;
    }
}
