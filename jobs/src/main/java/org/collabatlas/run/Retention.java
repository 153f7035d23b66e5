package org.collabatlas.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.collabatlas.io.HadoopFiles;

/**
 * {@code output.keep-runs}: the newest complete runs are kept; older complete runs are deleted, never the one
 * {@code latest} names; incomplete runs stay for {@code --resume}.
 */
public final class Retention {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Retention() {
    }

    /** A complete run and when it finished (ISO time, or "" when unknown). */
    public record RunInfo(String runId, String finished) {
    }

    /** The complete runs under {@code <output.dir>/runs}, oldest first (by finish time, then id). */
    public static List<RunInfo> completeRuns(Configuration hadoop, String outputDir) {
        Path runs = new Path(RunLayout.runsDir(outputDir));
        List<RunInfo> out = new ArrayList<>();
        try {
            FileSystem fs = runs.getFileSystem(hadoop);
            if (!fs.exists(runs)) {
                return out;
            }
            for (FileStatus s : fs.listStatus(runs)) {
                if (!s.isDirectory()) {
                    continue;
                }
                String id = s.getPath().getName();
                String text = HadoopFiles.readString(hadoop, new RunLayout(outputDir, id).runJson());
                if (text == null) {
                    continue;
                }
                JsonNode json = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
                if ("succeeded".equals(json.path("status").asText())) {
                    out.add(new RunInfo(id, json.path("finished").asText("")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(RunInfo::finished).thenComparing(RunInfo::runId));
        return out;
    }

    /** Deletes complete runs beyond the newest {@code keep} (never the latest one); returns the deleted ids. */
    public static List<String> retain(Configuration hadoop, String outputDir, int keep, PrintStream out) {
        List<String> deleted = new ArrayList<>();
        if (keep <= 0) {
            return deleted;
        }
        String latest = RunLayout.latest(hadoop, outputDir);
        List<RunInfo> runs = completeRuns(hadoop, outputDir);
        for (int i = 0; i < runs.size() - keep; i++) {
            String id = runs.get(i).runId();
            if (id.equals(latest)) {
                continue;
            }
            HadoopFiles.delete(hadoop, new RunLayout(outputDir, id).runDir());
            deleted.add(id);
        }
        if (!deleted.isEmpty()) {
            out.println("retention (output.keep-runs = " + keep + "): deleted runs " + String.join(", ", deleted));
        }
        return deleted;
    }
}
