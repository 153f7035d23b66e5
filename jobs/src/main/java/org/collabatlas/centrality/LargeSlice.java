package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.schema.Schemas;

/**
 * A slice too large to bring its vertex rows to the driver (the author graph: millions of vertices). Vertices are
 * numbered in Spark in id order ({@code zipWithIndex} after a sort, so vertex {@code i} is the same as in
 * {@link SliceGraph}); the edges, joined to those numbers, stream to the driver one partition at a time into
 * primitive arrays (24 bytes per edge, no row objects kept); the metric arrays go back as one broadcast and are
 * joined to the vertex attributes in Spark.
 */
final class LargeSlice {
    private static final StructType INDEX = new StructType().add(ID, DataTypes.StringType, false)
            .add("vidx", DataTypes.IntegerType, false);

    private final String level;
    private final String slice;
    private final Dataset<Row> index;
    private final Dataset<Row> vertexRows;
    private final CsrGraph graph;
    private Broadcast<?> broadcast;

    private LargeSlice(String level, String slice, Dataset<Row> index, Dataset<Row> vertexRows, CsrGraph graph) {
        this.level = level;
        this.slice = slice;
        this.index = index;
        this.vertexRows = vertexRows;
        this.graph = graph;
    }

    static LargeSlice collect(SparkSession spark, Dataset<Row> vertices, Dataset<Row> edges, String level,
                              String slice) {
        Dataset<Row> vs = vertices.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(ID, COUNTRY, PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO);
        Dataset<Row> index = spark.createDataFrame(vs.select(ID).orderBy(ID).javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), Math.toIntExact(t._2()))), INDEX)
                .persist(StorageLevel.MEMORY_AND_DISK());
        int n = Math.toIntExact(index.count());
        Dataset<Row> s = index.withColumnRenamed(ID, "s_id").withColumnRenamed("vidx", "s");
        Dataset<Row> d = index.withColumnRenamed(ID, "d_id").withColumnRenamed("vidx", "d");
        Dataset<Row> es = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(SRC, DST, WEIGHT)
                .join(s, col(SRC).equalTo(col("s_id"))).join(d, col(DST).equalTo(col("d_id")))
                .select(col("s"), col("d"), col(WEIGHT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        int m = Math.toIntExact(es.count());
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int i = 0;
        Iterator<Row> it = es.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            src[i] = r.getInt(0);
            dst[i] = r.getInt(1);
            w[i] = r.getDouble(2);
            i++;
        }
        es.unpersist();
        if (i != m) {
            throw new IllegalStateException(level + "/" + slice + ": streamed " + i + " of " + m + " edges");
        }
        return new LargeSlice(level, slice, index, vs, CsrGraph.fromEdges(n, src, dst, w));
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
        Arrays arrays = new Arrays(degree, strength, c);
        Broadcast<Arrays> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(arrays);
        broadcast = b;
        String lv = level;
        String sl = slice;
        return index.join(vertexRows, ID).map((MapFunction<Row, Row>) r -> {
            Arrays a = b.value();
            int v = r.getInt(1);
            CentralityJob.Computed m = a.computed();
            return RowFactory.create(r.getString(0), r.getString(2), r.getLong(3), r.getLong(4), r.getDouble(5),
                    a.degree()[v], a.strength()[v], m.eigenvector()[v], m.pagerank()[v], m.betweenness()[v],
                    m.method(), m.samples(), m.epsilon(), m.delta(), m.converged(), lv, sl);
        }, Encoders.row(Schemas.METRICS));
    }

    /** After the metrics were written: drops the cached vertex index and the broadcast arrays. */
    void release() {
        index.unpersist();
        if (broadcast != null) {
            broadcast.destroy();
        }
    }

    record Arrays(int[] degree, double[] strength, CentralityJob.Computed computed) implements java.io.Serializable {
    }
}
