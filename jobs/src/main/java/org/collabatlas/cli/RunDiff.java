package org.collabatlas.cli;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.graph.Slices;
import org.collabatlas.common.runs.RankDiff;
import org.collabatlas.common.runs.RankDiff.Entry;
import org.collabatlas.common.runs.RankDiff.Status;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.RunLayout;
import org.collabatlas.run.StageCommits;
import org.collabatlas.run.StageId;
import org.collabatlas.run.Table;
import org.collabatlas.run.UsageException;
import org.collabatlas.schema.Columns;

/**
 * {@code collab-atlas diff RUN_A RUN_B}: what changed between two complete runs of {@code <output.dir>/runs}:
 * the number of papers (ingest {@code accepted}), and for every graph level on the whole period (slice {@code all})
 * and every metric of {@link #METRICS}, the nodes entering and leaving the top N and the rank changes (definitions
 * in {@link RankDiff}). Printed as a table, and written as {@code diff.csv} (every node, every metric) and
 * {@code diff.md} (the summary and the top-N tables) for the report.
 */
final class RunDiff {
    static final int DEFAULT_TOP = 10;
    static final List<String> METRICS = List.of(Columns.PAPERS, Columns.EIGENVECTOR, Columns.PAGERANK,
            Columns.BETWEENNESS, Columns.DEGREE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunDiff() {
    }

    static void run(SparkSession spark, AtlasConfig config, List<String> runs, int top, String outDir,
                    PrintStream out) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        RunLayout a = new RunLayout(config.output().dir(), runs.get(0));
        RunLayout b = new RunLayout(config.output().dir(), runs.get(1));
        long papersA = papers(hadoop, a);
        long papersB = papers(hadoop, b);
        Map<String, Map<String, Map<String, Double>>> ma = metrics(spark, a);
        Map<String, Map<String, Map<String, Double>>> mb = metrics(spark, b);
        String dir = outDir != null ? outDir
                : HadoopFiles.child(HadoopFiles.child(config.output().dir(), "diffs"), a.runId() + "_vs_" + b.runId());

        StringBuilder csv = new StringBuilder(
                "level,metric,id,value_a,value_b,rank_a,rank_b,rank_change,top_n_status\n");
        StringBuilder md = new StringBuilder();
        StringBuilder text = new StringBuilder();
        md.append("# ").append(a.runId()).append(" -> ").append(b.runId()).append("\n\n");
        String papersLine = String.format("papers: %d -> %d (%+d)", papersA, papersB, papersB - papersA);
        md.append(papersLine).append("\n");
        text.append("diff ").append(a.runId()).append(" -> ").append(b.runId()).append('\n').append(papersLine)
                .append('\n');
        TreeMap<String, Object> levels = new TreeMap<>();
        levels.putAll(ma);
        levels.putAll(mb);
        for (String level : levels.keySet()) {
            for (String metric : METRICS) {
                Map<String, Double> va = ma.getOrDefault(level, Map.of()).getOrDefault(metric, Map.of());
                Map<String, Double> vb = mb.getOrDefault(level, Map.of()).getOrDefault(metric, Map.of());
                List<Entry> all = RankDiff.compare(va, vb);
                for (Entry e : all) {
                    csv.append(String.join(",", level, metric, csvField(e.id()), num(e.valueA()), num(e.valueB()),
                            num(e.rankA()), num(e.rankB()), num(e.rankChange()), e.status(top).id())).append('\n');
                }
                String head = String.format("%s, top %d by %s: entered %s; left %s", level, top, metric,
                        RankDiff.withStatus(all, top, Status.ENTERED), RankDiff.withStatus(all, top, Status.LEFT));
                text.append(head).append('\n');
                md.append("\n## ").append(level).append(": top ").append(top).append(" by ").append(metric)
                        .append("\n\nentered: ").append(RankDiff.withStatus(all, top, Status.ENTERED))
                        .append("; left: ").append(RankDiff.withStatus(all, top, Status.LEFT)).append("\n\n")
                        .append("| id | rank A | rank B | change | ").append(metric).append(" A | ").append(metric)
                        .append(" B | top ").append(top).append(" |\n|---|---:|---:|---:|---:|---:|---|\n");
                if (!metric.equals(Columns.PAPERS) && !metric.equals(Columns.DEGREE)) {
                    text.append(String.format("  %-14s %6s %6s %6s  %-12s %-12s %s%n", "id", "rank A", "rank B",
                            "change", metric + " A", metric + " B", "top " + top));
                }
                for (Entry e : RankDiff.topOfEither(all, top)) {
                    md.append("| ").append(e.id()).append(" | ").append(num(e.rankA())).append(" | ")
                            .append(num(e.rankB())).append(" | ").append(signed(e.rankChange())).append(" | ")
                            .append(fmt(e.valueA())).append(" | ").append(fmt(e.valueB())).append(" | ")
                            .append(e.status(top).id()).append(" |\n");
                    if (!metric.equals(Columns.PAPERS) && !metric.equals(Columns.DEGREE)) {
                        text.append(String.format("  %-14s %6s %6s %6s  %-12s %-12s %s%n", e.id(), num(e.rankA()),
                                num(e.rankB()), signed(e.rankChange()), fmt(e.valueA()), fmt(e.valueB()),
                                e.status(top).id()));
                    }
                }
            }
        }
        HadoopFiles.writeString(hadoop, HadoopFiles.child(dir, "diff.csv"), csv.toString());
        HadoopFiles.writeString(hadoop, HadoopFiles.child(dir, "diff.md"), md.toString());
        out.print(text);
        out.println("diff: " + HadoopFiles.child(dir, "diff.csv") + ", " + HadoopFiles.child(dir, "diff.md"));
    }

    /** Papers of a run: ingest's accepted count; the run's centrality stage must be complete. */
    private static long papers(Configuration hadoop, RunLayout run) {
        if (!HadoopFiles.exists(hadoop, run.runDir())) {
            throw new UsageException("diff: run " + run.runId() + " does not exist (" + run.runDir() + ")");
        }
        for (StageId stage : List.of(StageId.INGEST, StageId.CENTRALITY)) {
            if (!StageCommits.isComplete(hadoop, run, stage)) {
                throw new UsageException("diff: stage '" + stage.id() + "' of run " + run.runId()
                        + " is not complete");
            }
        }
        String text = HadoopFiles.readString(hadoop, run.stageJson(StageId.INGEST));
        try {
            JsonNode counts = JSON.readTree(text).path("counts");
            return counts.path("accepted").asLong();
        } catch (IOException e) {
            throw new UsageException("diff: unreadable ingest summary of run " + run.runId() + ": " + e.getMessage());
        }
    }

    /** level -> metric -> id -> value, on slice {@code all}. */
    private static Map<String, Map<String, Map<String, Double>>> metrics(SparkSession spark, RunLayout run) {
        List<String> cols = new ArrayList<>(List.of(Columns.LEVEL, Columns.ID));
        cols.addAll(METRICS);
        List<Row> rows = spark.read().parquet(run.table(Table.METRICS))
                .where(col(Columns.SLICE).equalTo(Slices.ALL))
                .select(cols.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList();
        Map<String, Map<String, Map<String, Double>>> out = new TreeMap<>();
        for (Row r : rows) {
            Map<String, Map<String, Double>> byMetric = out.computeIfAbsent(r.getString(0), k -> new LinkedHashMap<>());
            String id = String.valueOf(r.get(1));
            for (int i = 0; i < METRICS.size(); i++) {
                Object v = r.get(i + 2);
                byMetric.computeIfAbsent(METRICS.get(i), k -> new TreeMap<>())
                        .put(id, v == null ? null : ((Number) v).doubleValue());
            }
        }
        return out;
    }

    private static String num(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return String.valueOf(v);
    }

    private static String signed(Integer v) {
        return v == null ? "" : v == 0 ? "0" : String.format("%+d", v);
    }

    private static String fmt(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.format("%.6g", v);
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
