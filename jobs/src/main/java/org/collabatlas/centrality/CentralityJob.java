package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.graph.Brandes;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.common.graph.EigenvectorCentrality;
import org.collabatlas.common.graph.PageRank;
import org.collabatlas.common.graph.PathLength;
import org.collabatlas.common.graph.PowerIterationResult;
import org.collabatlas.common.graph.SampledBetweenness;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code collab-atlas centrality}: per vertex, level and slice, the study's metrics and more, written as one
 * {@code metrics} table partitioned by level and slice (and, with {@code centrality.export-csv}, CSV files).
 * <ul>
 *   <li>{@code papers}, {@code international_papers}, {@code international_ratio}: from the graph stage;</li>
 *   <li>{@code degree}: distinct partners; {@code strength}: sum of edge weights;</li>
 *   <li>{@code eigenvector}: weighted, power iteration on A + I, unit Euclidean norm (NetworkX
 *   {@code eigenvector_centrality(G, weight='weight')}); {@code eigenvector_converged} false when
 *   {@code centrality.eigenvector.max-iter} was reached first (the residual is in {@code _run.json});</li>
 *   <li>{@code pagerank}: weighted, damping {@code centrality.pagerank.alpha} (NetworkX {@code pagerank});</li>
 *   <li>{@code betweenness}: normalised as NetworkX for undirected graphs (divided by (n-1)(n-2)/2 over unordered
 *   pairs); exact Brandes up to {@code exact-max-vertices} and {@code exact-max-work} (vertices x edges), else sampled with its sample size, epsilon and delta
 *   on every row.</li>
 * </ul>
 * Each slice's graph is collected to the driver as CSR arrays; betweenness of graphs with at least
 * {@code distribute-min-vertices} vertices is spread over Spark tasks ({@link DistributedBetweenness}).
 */
public final class CentralityJob implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(CentralityJob.class);

    @Override
    public StageId id() {
        return StageId.CENTRALITY;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.VERTICES, Table.EDGES);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.METRICS);
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.config().centrality(), ctx.config().privacy(), ctx.inputStage(StageId.GRAPH), ctx.dir(),
                ctx.layout().exportDir(), ctx.report());
    }

    public static void run(SparkSession spark, Settings.Centrality settings, Settings.Privacy privacy,
                           String graphDir, String stageDir, String exportDir, StageReport report) {
        Dataset<Row> vertices = spark.read().schema(Schemas.VERTICES).parquet(Table.VERTICES.in(graphDir));
        Dataset<Row> edges = spark.read().schema(Schemas.EDGES).parquet(Table.EDGES.in(graphDir));
        List<Row> slices = vertices.groupBy(LEVEL, SLICE).count().orderBy(LEVEL, SLICE).collectAsList();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = settings.betweenness().tasks() > 0 ? settings.betweenness().tasks()
                : 4 * sc.defaultParallelism();

        List<Row> rows = new ArrayList<>();
        List<LargeSlice> large = new ArrayList<>();
        List<Dataset<Row>> largeMetrics = new ArrayList<>();
        List<Row> exported = new ArrayList<>();
        Map<String, Object> perSlice = new LinkedHashMap<>();
        int done = 0;
        for (Row s : slices) {
            String level = s.getString(0);
            String slice = s.getString(1);
            long n = s.getLong(2);
            Map<String, Object> info = new LinkedHashMap<>();
            if (n <= settings.driverRowsMaxVertices()) {
                SliceGraph g = report.step("collect " + level + "/" + slice,
                        () -> SliceGraph.collect(vertices, edges, level, slice));
                rows.addAll(report.step("metrics " + level + "/" + slice, () -> metrics(sc, g, settings, tasks, info)));
                if (EXPORTED_LEVELS.contains(level)) {
                    exported.add(s);
                }
            } else {
                LargeSlice g = report.step("index and stream " + level + "/" + slice,
                        () -> LargeSlice.collect(vertices, edges, level, slice));
                Computed c = report.step("metrics " + level + "/" + slice,
                        () -> compute(sc, g.graph(), level, slice, settings, tasks, info));
                large.add(g);
                largeMetrics.add(g.metrics(spark, c));
                info.put("path", "large (vertex rows kept in Spark)");
            }
            perSlice.put(level + "/" + slice, info);
            done++;
            LOG.info("centrality {}/{} ({} of {} slices): {}", level, slice, done, slices.size(), info);
        }
        Dataset<Row> metrics = spark.createDataFrame(rows, Schemas.METRICS);
        for (Dataset<Row> l : largeMetrics) {
            metrics = metrics.unionByName(l);
        }
        Dataset<Row> all = metrics;
        report.step("write metrics", () -> all.repartitionByRange(col(LEVEL), col(SLICE), col(ID))
                .sortWithinPartitions(LEVEL, SLICE, ID).write().mode(SaveMode.ErrorIfExists)
                .partitionBy(LEVEL, SLICE).parquet(Table.METRICS.in(stageDir)));
        large.forEach(LargeSlice::release);
        if (settings.exportCsv()) {
            report.step("export CSV", () -> CsvExport.write(spark.sparkContext().hadoopConfiguration(), exportDir,
                    exported, rows, edges, CsvExport.ids(privacy, System::getenv)));
            report.put("export", exportDir);
        }
        long total = rows.size();
        for (Row s : slices) {
            if (s.getLong(2) > settings.driverRowsMaxVertices()) {
                total += s.getLong(2);
            }
        }
        report.counts(Map.of("slices", slices.size(), "rows", total));
        report.put("slices", perSlice);
    }

    /** The levels written as CSV by {@code centrality.export-csv} (the author level is personal data, and large). */
    static final List<String> EXPORTED_LEVELS = List.of("country", "institution");

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0;
    }

    /** Every metric of one slice's graph, as arrays indexed by vertex. */
    record Computed(double[] eigenvector, boolean converged, double[] pagerank, double[] betweenness, String method,
                    Long samples, Double epsilon, Double delta) implements java.io.Serializable {

        /**
         * The {@link Schemas#METRICS} row of vertex {@code v}: its vertex row ({@code id}, {@code country},
         * {@code papers}, {@code international_papers}, {@code international_ratio}), its degree and strength, and
         * this slice's centralities. The one place that builds the row, for both the small and the large path.
         */
        Row row(Row vertex, int v, int degree, double strength, String level, String slice) {
            return RowFactory.create(vertex.getString(0), vertex.getString(1), vertex.getLong(2), vertex.getLong(3),
                    vertex.getDouble(4), degree, strength, eigenvector[v], pagerank[v], betweenness[v], method,
                    samples, epsilon, delta, converged, level, slice);
        }
    }

    static List<Row> metrics(JavaSparkContext sc, SliceGraph g, Settings.Centrality s, int tasks,
                             Map<String, Object> info) {
        CsrGraph graph = g.graph();
        Computed c = compute(sc, graph, g.level(), g.slice(), s, tasks, info);
        int n = graph.vertexCount();
        List<Row> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            out.add(c.row(g.vertices().get(v), v, graph.degree(v), graph.strength(v), g.level(), g.slice()));
        }
        return out;
    }

    static Computed compute(JavaSparkContext sc, CsrGraph graph, String level, String slice, Settings.Centrality s,
                            int tasks, Map<String, Object> info) {
        int n = graph.vertexCount();
        info.put("vertices", n);
        info.put("edges", graph.edgeCount());
        long te = System.nanoTime();
        PowerIterationResult eigen = EigenvectorCentrality.on(graph).maxIter(s.eigenvector().maxIter())
                .tol(s.eigenvector().tol()).build().run();
        info.put("eigenvector", Map.of("iterations", eigen.iterations(), "residual", eigen.residual(),
                "converged", eigen.converged(), "seconds", seconds(te)));
        if (!eigen.converged()) {
            LOG.warn("eigenvector centrality of {}/{} did not converge in {} iterations (residual {})", level,
                    slice, eigen.iterations(), eigen.residual());
        }
        long tp = System.nanoTime();
        PowerIterationResult pr = PageRank.on(graph).alpha(s.pagerank().alpha()).maxIter(s.pagerank().maxIter())
                .tol(s.pagerank().tol()).build().run();
        info.put("pagerank", Map.of("iterations", pr.iterations(), "residual", pr.residual(),
                "converged", pr.converged(), "seconds", seconds(tp)));
        if (!pr.converged()) {
            throw new IllegalStateException("PageRank of " + level + "/" + slice + " did not converge in "
                    + pr.iterations() + " iterations (residual " + pr.residual()
                    + "): raise centrality.pagerank.max-iter");
        }

        Settings.Betweenness b = s.betweenness();
        PathLength length = b.distance() == Settings.Betweenness.Distance.HOPS ? PathLength.HOPS
                : PathLength.INVERSE_WEIGHT;
        boolean distributed = n >= b.distributeMinVertices();
        double[] betweenness;
        String method;
        Long samples = null;
        Double epsilon = null;
        Double delta = null;
        long t0 = System.nanoTime();
        if (b.exact(n, graph.edgeCount())) {
            method = "exact";
            betweenness = distributed ? DistributedBetweenness.exact(sc, graph, length, tasks)
                    : Brandes.on(graph).pathLength(length).build().run();
        } else {
            if (length != PathLength.HOPS) {
                throw new IllegalStateException(level + "/" + slice + " has " + n + " vertices, more than "
                        + "centrality.betweenness.exact-max-vertices or n * m over exact-max-work, and sampled betweenness supports only "
                        + "distance = hops");
            }
            method = "sampled";
            SampledBetweenness.Result r = distributed
                    ? DistributedBetweenness.sampled(sc, graph, b.epsilon(), b.delta(), b.seed(), tasks)
                    : SampledBetweenness.on(graph).epsilon(b.epsilon()).delta(b.delta()).seed(b.seed()).build().run();
            betweenness = r.scores();
            samples = r.samples();
            epsilon = r.epsilon();
            delta = r.delta();
            info.put("vertex_diameter_bound", r.vertexDiameterBound());
            info.put("samples", r.samples());
        }
        info.put("betweenness", Map.of("method", method, "distributed", distributed, "seconds", seconds(t0)));

        return new Computed(eigen.scores(), eigen.converged(), pr.scores(), betweenness, method, samples, epsilon,
                delta);
    }
}
