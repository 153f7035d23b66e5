package org.collabatlas.uncertainty;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.collabatlas.schema.Columns.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.PathLength;
import org.collabatlas.common.graph.Slices;
import org.collabatlas.common.uncertainty.Intervals;
import org.collabatlas.common.uncertainty.PaperBootstrap;
import org.collabatlas.common.uncertainty.ReplicateMetrics;
import org.collabatlas.common.uncertainty.Signatures;
import org.collabatlas.graph.CollaborationGraph;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code collab-atlas uncertainty}: paper-level bootstrap confidence intervals of the country eigenvector and
 * betweenness centralities and of their ranks, per slice ({@code all}, {@code year=YYYY}, and
 * {@code category=<id>} when the run has {@code classify/paper_categories}), written as {@code intervals}
 * ({@link Schemas#INTERVALS}).
 *
 * <p>read the graph stage's {@code paper_countries} (each paper's country set and slices) -> per slice, the distinct sets with their
 * paper counts ({@link Signatures}, collected to the driver: a few thousand rows) -> broadcast; one Spark element
 * per (slice, replicate), each a {@link PaperBootstrap#replicate} -> collected, ordered by (slice, replicate) ->
 * {@link Intervals} on the driver -> written. A replicate's draws depend only on (seed, slice, replicate), so the
 * table is the same for any number of tasks. The graph is the graph stage's ({@link CollaborationGraph}) and the
 * metrics use the centrality stage's settings, so {@code estimate} is the centrality stage's value.
 */
public final class UncertaintyJob implements Stage {
    static final String EIGENVECTOR_METRIC = "eigenvector";
    static final String BETWEENNESS_METRIC = "betweenness";
    private static final Logger LOG = LoggerFactory.getLogger(UncertaintyJob.class);

    @Override
    public StageId id() {
        return StageId.UNCERTAINTY;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.PAPER_COUNTRIES);
    }

    @Override
    public Set<Table> readsIfPresent() {
        return Set.of(Table.PAPER_CATEGORIES);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.INTERVALS);
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.config().uncertainty(), ctx.config().graph().counting(), ctx.config().centrality(),
                ctx.inputStage(StageId.GRAPH), ctx.inputIfPresent(Table.PAPER_CATEGORIES), ctx.dir(), ctx.report());
    }

    /** One slice's signature table. */
    public record Slice(String name, Signatures signatures) implements Serializable {
    }

    /** One replicate's metrics. */
    record Replicate(int slice, int replicate, ReplicateMetrics.Values values) implements Serializable {
    }

    /**
     * Runs the stage. {@code categoriesDir}: the run's {@code classify/paper_categories}, or null when the run has
     * none. {@code tasks}: Spark tasks for the replicates (0 = 4 x the default parallelism).
     */
    public static void run(SparkSession spark, Settings.Uncertainty u, Settings.Graph.Counting counting,
                           Settings.Centrality centrality, String graphDir, String categoriesDir,
                           String stageDir, StageReport report) {
        report.put("enabled", u.enabled());
        List<Row> rows = new ArrayList<>();
        if (u.enabled()) {
            Dataset<Row> paperCountries = spark.read().schema(Schemas.PAPER_COUNTRIES)
                    .parquet(Table.PAPER_COUNTRIES.in(graphDir));
            report.put("categories", categoriesDir == null ? "none (no classify/paper_categories in the run)"
                    : categoriesDir);
            List<Slice> slices = report.step("country-set signatures per slice",
                    () -> signatures(paperCountries));
            ReplicateMetrics metrics = metrics(counting, centrality);
            Map<String, Object> info = new LinkedHashMap<>();
            rows = report.step("bootstrap replicates and intervals", () -> intervals(
                    JavaSparkContext.fromSparkContext(spark.sparkContext()), slices, metrics, u, 0, info));
            report.put("method", "poisson");
            report.put("replicates", u.replicates());
            report.put("seed", u.seed());
            report.put("confidence", u.confidence());
            report.put("slices", info);
            report.counts(Map.of("slices", slices.size(), "rows", rows.size(),
                    "replicates_computed", (long) slices.size() * u.replicates()));
        } else {
            LOG.info("uncertainty: disabled (uncertainty.enabled = false); writing an empty intervals table");
            report.counts(Map.of("slices", 0, "rows", 0));
        }
        List<Row> out = rows;
        report.step("write intervals", () -> spark.createDataFrame(out, Schemas.INTERVALS).coalesce(1).write()
                .mode(SaveMode.ErrorIfExists).parquet(Table.INTERVALS.in(stageDir)));
    }

    /** The metric settings of the centrality stage. */
    public static ReplicateMetrics metrics(Settings.Graph.Counting counting, Settings.Centrality c) {
        PathLength length = c.betweenness().distance() == Settings.Betweenness.Distance.HOPS ? PathLength.HOPS
                : PathLength.INVERSE_WEIGHT;
        return new ReplicateMetrics(counting, c.eigenvector().maxIter(), c.eigenvector().tol(), length);
    }

    /**
     * Per slice, the papers' country sets and their counts: {@code all} first, then the other slices by name.
     * A paper's countries are the distinct non-null countries of its resolved authorships (papers with none are
     * in no vertex and left out, as in the graph stage).
     */
    public static List<Slice> signatures(Dataset<Row> papers, Dataset<Row> authorships, Dataset<Row> categories) {
        return signatures(CollaborationGraph.perPaperNodes(authorships, null, papers, categories));
    }

    /** As above, from the graph stage's {@code paper_countries} ({@link Schemas#PAPER_COUNTRIES}). */
    public static List<Slice> signatures(Dataset<Row> paperCountries) {
        List<Row> counted = paperCountries.filter(size(col(COUNTRIES)).gt(0))
                .select(explode(col(SLICES)).as(SLICE), col(COUNTRIES))
                .groupBy(col(SLICE), col(COUNTRIES)).agg(count(lit(1)).as("n")).collectAsList();
        Comparator<String> allFirst = Comparator.comparing((String s) -> !s.equals(Slices.ALL))
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<List<String>>> sets = new TreeMap<>(allFirst);
        Map<String, List<Long>> counts = new TreeMap<>(allFirst);
        for (Row r : counted) {
            sets.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getList(1));
            counts.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getLong(2));
        }
        List<Slice> out = new ArrayList<>();
        for (String s : sets.keySet()) {
            long[] c = counts.get(s).stream().mapToLong(Long::longValue).toArray();
            Signatures sig = Signatures.of(sets.get(s), c);
            out.add(new Slice(s, sig));
            LOG.info("uncertainty {}/{}: {} countries, {} papers in {} country sets, {} country pairs",
                    Settings.Graph.Level.COUNTRY.id(), s, sig.vertexCount(), sig.papers(), sig.size(), sig.pairCount());
        }
        return out;
    }

    /**
     * Runs {@code u.replicates()} replicates of every slice on Spark ({@code tasks} tasks; 0 = 4 x the default
     * parallelism) and returns the intervals table's rows, ordered by slice, metric and rank. {@code info}
     * receives per-slice sizes and the number of replicates whose eigenvector iteration did not converge.
     */
    public static List<Row> intervals(JavaSparkContext sc, List<Slice> slices, ReplicateMetrics metrics,
                                      Settings.Uncertainty u, int tasks, Map<String, Object> info) {
        int b = u.replicates();
        long seed = u.seed();
        List<Tuple2<Integer, Integer>> work = new ArrayList<>(slices.size() * b);
        for (int r = 0; r < b; r++) {
            for (int s = 0; s < slices.size(); s++) {
                work.add(new Tuple2<>(s, r)); // replicate-major, so every task gets a mix of large and small slices
            }
        }
        int partitions = Math.max(1, Math.min(work.size(), tasks > 0 ? tasks : 4 * sc.defaultParallelism()));
        LOG.info("uncertainty: {} replicates x {} slices in {} Spark tasks (seed {})", b, slices.size(), partitions,
                seed);
        List<Replicate> done = new ArrayList<>();
        if (!work.isEmpty()) {
            Broadcast<List<Slice>> table = sc.broadcast(slices);
            try {
                done.addAll(sc.parallelize(work, partitions).map(w -> {
                    Slice s = table.value().get(w._1());
                    return new Replicate(w._1(), w._2(),
                            PaperBootstrap.replicate(s.signatures(), metrics, seed, s.name(), w._2()));
                }).collect());
            } finally {
                table.destroy();
            }
        }
        done.sort(Comparator.comparingInt(Replicate::slice).thenComparingInt(Replicate::replicate));
        LOG.info("uncertainty: {} replicates computed", done.size());

        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < slices.size(); s++) {
            Slice slice = slices.get(s);
            Signatures sig = slice.signatures();
            ReplicateMetrics.Values estimate = PaperBootstrap.estimate(sig, metrics);
            List<double[]> eigen = new ArrayList<>(b);
            List<double[]> betweenness = new ArrayList<>(b);
            int notConverged = 0;
            for (Replicate r : done) {
                if (r.slice() == s) {
                    eigen.add(r.values().eigenvector());
                    betweenness.add(r.values().betweenness());
                    notConverged += r.values().eigenvectorConverged() ? 0 : 1;
                }
            }
            String[] ids = sig.ids();
            rows.addAll(rows(slice.name(), EIGENVECTOR_METRIC,
                    Intervals.of(ids, estimate.eigenvector(), eigen, u.confidence())));
            rows.addAll(rows(slice.name(), BETWEENNESS_METRIC,
                    Intervals.of(ids, estimate.betweenness(), betweenness, u.confidence())));
            Map<String, Object> si = new LinkedHashMap<>();
            si.put("countries", sig.vertexCount());
            si.put("papers", sig.papers());
            si.put("country_sets", sig.size());
            si.put("country_pairs", sig.pairCount());
            si.put("eigenvector_converged", estimate.eigenvectorConverged());
            si.put("replicates_eigenvector_not_converged", notConverged);
            info.put(Settings.Graph.Level.COUNTRY.id() + "/" + slice.name(), si);
            if (notConverged > 0 || !estimate.eigenvectorConverged()) {
                LOG.warn("uncertainty {}: eigenvector centrality did not converge in {} of {} replicates{}: raise "
                        + "centrality.eigenvector.max-iter", slice.name(), notConverged, b,
                        estimate.eigenvectorConverged() ? "" : " nor on the full data");
            }
        }
        return rows;
    }

    private static List<Row> rows(String slice, String metric, List<Intervals.Interval> intervals) {
        List<Row> out = new ArrayList<>(intervals.size());
        intervals.stream().sorted(Comparator.comparingInt(Intervals.Interval::rank)).forEach(i -> out.add(
                RowFactory.create(Settings.Graph.Level.COUNTRY.id(), slice, i.id(), metric, i.estimate(), i.mean(), i.low(),
                        i.high(), i.rank(), i.rankLow(), i.rankHigh(), i.replicates())));
        return out;
    }
}
