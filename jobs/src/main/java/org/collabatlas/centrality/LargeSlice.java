package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.schema.Schemas;

/**
 * A slice too large to bring its vertex rows to the driver (the author graph: millions of vertices). Only the
 * vertex ids come to the driver, numbered in Spark's string order (vertex {@code i} is the same as in
 * {@link SliceGraph}); the ids go back out as a broadcast, the tasks number each edge's endpoints, and the edges come
 * to the driver a batch of partitions at a time as primitive arrays (16 bytes per edge, no row objects kept); the
 * metric arrays go back as one broadcast and are joined to the vertex attributes in Spark.
 */
final class LargeSlice {

    private final String level;
    private final String slice;
    /** The vertex ids, broadcast once: the tasks number the edges with them, then the metrics rows. */
    private final Broadcast<VertexIds> ids;
    private final Dataset<Row> vertexRows;
    private final CsrGraph graph;
    private Broadcast<?> broadcast;

    private LargeSlice(String level, String slice, Broadcast<VertexIds> ids, Dataset<Row> vertexRows,
                       CsrGraph graph) {
        this.level = level;
        this.slice = slice;
        this.ids = ids;
        this.vertexRows = vertexRows;
        this.graph = graph;
    }

    static LargeSlice collect(Dataset<Row> vertices, Dataset<Row> edges, String level, String slice) {
        Dataset<Row> vs = vertices.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(ID, COUNTRY, PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO);
        // only the ids come to the driver, numbered there in Spark's string order (UTF-8 bytes, as an orderBy and
        // SliceGraph number them); each edge endpoint is looked up in that numbering (below). Numbering
        // in Spark instead (orderBy, zipWithIndex, two joins of every edge) spends its time sorting ids that share
        // their first bytes ("orcid:00")
        VertexIds ids = new VertexIds(VertexIds.sorted(vs.select(ID).collectAsList()));
        int n = ids.size();
        Dataset<Row> es = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(SRC, DST, WEIGHT);
        int m = Math.toIntExact(es.count());
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        // the endpoints are numbered in the tasks (NumberedEdges); the blocks are copied into arrays of the counted
        // size, so the driver holds only one batch of partitions besides them (streaming rows to the driver and
        // numbering them there keeps one core busy and the others idle)
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(es.sparkSession().sparkContext());
        Broadcast<VertexIds> idsOut = sc.broadcast(ids);
        int[] filled = {0};
        NumberedEdges.forEachBlock(es, idsOut, level, slice, e -> {
            int i = filled[0];
            if (i + e.size() > m) {
                throw new IllegalStateException(level + "/" + slice + ": more edges read than the " + m
                        + " counted");
            }
            System.arraycopy(e.src(), 0, src, i, e.size());
            System.arraycopy(e.dst(), 0, dst, i, e.size());
            System.arraycopy(e.weight(), 0, w, i, e.size());
            filled[0] = i + e.size();
        });
        int i = filled[0];
        if (i != m) {
            idsOut.destroy();
            throw new IllegalStateException(level + "/" + slice + ": read " + i + " of " + m + " edges");
        }
        return new LargeSlice(level, slice, idsOut, vs, CsrGraph.fromEdges(n, src, dst, w));
    }

    CsrGraph graph() {
        return graph;
    }

    /** The metrics rows ({@link Schemas#METRICS}) of this slice, computed lazily from the broadcast arrays. */
    Dataset<Row> metrics(SparkSession spark, CentralityJob.Computed c) {
        int n = graph.vertexCount();
        int[] degree = new int[n];
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            strength[v] = graph.strength(v);
        }
        SliceArrays arrays = new SliceArrays(degree, strength, c);
        Broadcast<VertexIds> idsB = ids;
        Broadcast<SliceArrays> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(arrays);
        broadcast = b;
        String lv = level;
        String sl = slice;
        return vertexRows.map((MapFunction<Row, Row>) r -> {
            SliceArrays a = b.value();
            int v = idsB.value().indexOf(r.getString(0));
            if (v < 0) {
                throw new IllegalStateException(lv + "/" + sl + ": vertex '" + r.getString(0) + "' has no number");
            }
            return a.computed().row(r, v, a.degree()[v], a.strength()[v], lv, sl);
        }, Encoders.row(Schemas.METRICS));
    }

    /** After the metrics were written: drops the broadcast ids and arrays. */
    void release() {
        ids.destroy();
        if (broadcast != null) {
            broadcast.destroy();
        }
    }

    /** What the tasks need to build a large slice's metrics rows: per vertex number, degree, strength, metrics. */
    record SliceArrays(int[] degree, double[] strength, CentralityJob.Computed computed)
            implements java.io.Serializable {
    }

}
