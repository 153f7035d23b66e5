package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.unsafe.types.UTF8String;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.schema.Schemas;

/**
 * A slice too large to bring its vertex rows to the driver (the author graph: millions of vertices). Only the
 * vertex ids come to the driver, numbered in Spark's string order (vertex {@code i} is the same as in
 * {@link SliceGraph}); the edges stream to the driver one partition at a time, each endpoint looked up in the id
 * map, into primitive arrays (24 bytes per edge, no row objects kept); the metric arrays go back as one broadcast
 * and are joined to the vertex attributes in Spark.
 */
final class LargeSlice {

    private final String level;
    private final String slice;
    private final Ids ids;
    private final Dataset<Row> vertexRows;
    private final CsrGraph graph;
    private Broadcast<?> broadcast;

    private LargeSlice(String level, String slice, Ids ids, Dataset<Row> vertexRows, CsrGraph graph) {
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
        // SliceGraph number them); each edge endpoint is looked up in that map as the edges stream past. Numbering
        // in Spark instead (orderBy, zipWithIndex, two joins of every edge) took 57 s for the 1.77M-paper author
        // graph, most of it sorting ids that share their first bytes ("orcid:00")
        Ids ids = new Ids(sortedIds(vs.select(ID).collectAsList()));
        int n = ids.size();
        Dataset<Row> es = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(SRC, DST, WEIGHT);
        int m = Math.toIntExact(es.count());
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int i = 0;
        Iterator<Row> it = es.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            if (i == m) {
                throw new IllegalStateException(level + "/" + slice + ": more edges streamed than the " + m
                        + " counted");
            }
            src[i] = endpoint(ids, r.getString(0), level, slice);
            dst[i] = endpoint(ids, r.getString(1), level, slice);
            w[i] = r.getDouble(2);
            i++;
        }
        if (i != m) {
            throw new IllegalStateException(level + "/" + slice + ": streamed " + i + " of " + m + " edges");
        }
        return new LargeSlice(level, slice, ids, vs, CsrGraph.fromEdges(n, src, dst, w));
    }

    /** The ids in Spark's string order (unsigned UTF-8 bytes), each converted once. */
    static String[] sortedIds(List<Row> rows) {
        UTF8String[] utf8 = new UTF8String[rows.size()];
        for (int v = 0; v < utf8.length; v++) {
            utf8[v] = UTF8String.fromString(rows.get(v).getString(0));
        }
        java.util.Arrays.sort(utf8);
        String[] ids = new String[utf8.length];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = utf8[v].toString();
        }
        return ids;
    }

    private static int endpoint(Ids ids, String id, String level, String slice) {
        int v = ids.indexOf(id);
        if (v < 0) {
            throw new IllegalStateException("edge endpoint '" + id + "' is not a vertex of " + level + "/" + slice
                    + ": the graph stage's output is inconsistent");
        }
        return v;
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
        Arrays arrays = new Arrays(ids, degree, strength, c);
        Broadcast<Arrays> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(arrays);
        broadcast = b;
        String lv = level;
        String sl = slice;
        return vertexRows.map((MapFunction<Row, Row>) r -> {
            Arrays a = b.value();
            int v = a.ids().indexOf(r.getString(0));
            if (v < 0) {
                throw new IllegalStateException(lv + "/" + sl + ": vertex '" + r.getString(0) + "' has no number");
            }
            CentralityJob.Computed m = a.computed();
            return RowFactory.create(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4),
                    a.degree()[v], a.strength()[v], m.eigenvector()[v], m.pagerank()[v], m.betweenness()[v],
                    m.method(), m.samples(), m.epsilon(), m.delta(), m.converged(), lv, sl);
        }, Encoders.row(Schemas.METRICS));
    }

    /** After the metrics were written: drops the broadcast arrays. */
    void release() {
        if (broadcast != null) {
            broadcast.destroy();
        }
    }

    record Arrays(Ids ids, int[] degree, double[] strength, CentralityJob.Computed computed)
            implements java.io.Serializable {
    }

    /**
     * The vertex ids in numbering order, and their numbers: the id -> number map is built on first use, once per JVM
     * (the driver, and each executor that reads the broadcast), since a map of a million ids is slow to serialise.
     */
    static final class Ids implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String[] ids;
        private transient volatile Map<String, Integer> map;

        Ids(String[] ids) {
            this.ids = ids;
        }

        int size() {
            return ids.length;
        }

        /** The number of {@code id}, or -1 when it is not a vertex. */
        int indexOf(String id) {
            Map<String, Integer> m = map;
            if (m == null) {
                synchronized (this) {
                    m = map;
                    if (m == null) {
                        m = new HashMap<>(ids.length * 2);
                        for (int v = 0; v < ids.length; v++) {
                            if (m.put(ids[v], v) != null) {
                                throw new IllegalStateException("vertex id '" + ids[v] + "' occurs twice: the graph "
                                        + "stage's output is inconsistent");
                            }
                        }
                        map = m;
                    }
                }
            }
            Integer v = m.get(id);
            return v == null ? -1 : v;
        }
    }
}
