package org.collabatlas.centrality;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * A slice's edges brought to the driver with their endpoints numbered in the tasks: the vertex ids go out as one
 * broadcast ({@link VertexIds}), each partition's edges ({@code src}, {@code dst}, {@code weight}) come back as three
 * primitive arrays, looked up as Spark's internal UTF-8 strings (no String, Row or boxed number per endpoint), and
 * as many partitions are fetched at a time as there are cores: the numbering runs on every core and the driver
 * holds one batch of partitions besides what the caller keeps. Both paths to the kernels use it
 * ({@link SliceGraph}, {@link LargeSlice}). Numbering collected rows on the driver instead leaves every core but
 * one idle while the driver boxes and hashes every endpoint.
 */
final class NumberedEdges {
    private NumberedEdges() {
    }

    /** One partition's edges, endpoints numbered. */
    record Block(int[] src, int[] dst, double[] weight) implements java.io.Serializable {
        static Block of(Iterator<InternalRow> rows, VertexIds ids, String level, String slice) {
            int cap = 1024;
            int[] s = new int[cap];
            int[] d = new int[cap];
            double[] w = new double[cap];
            int k = 0;
            while (rows.hasNext()) {
                InternalRow r = rows.next();
                if (k == cap) {
                    cap = Math.multiplyExact(cap, 2);
                    s = java.util.Arrays.copyOf(s, cap);
                    d = java.util.Arrays.copyOf(d, cap);
                    w = java.util.Arrays.copyOf(w, cap);
                }
                s[k] = ids.number(r.getUTF8String(0), level, slice);
                d[k] = ids.number(r.getUTF8String(1), level, slice);
                w[k] = r.getDouble(2);
                k++;
            }
            return new Block(java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(d, k),
                    java.util.Arrays.copyOf(w, k));
        }

        int size() {
            return src.length;
        }
    }

    /**
     * Hands every partition's block of {@code edges} ({@code src}, {@code dst}, {@code weight}) to {@code sink}, in
     * partition order.
     */
    static void forEachBlock(Dataset<Row> edges, Broadcast<VertexIds> ids, String level, String slice,
                             Consumer<Block> sink) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(edges.sparkSession().sparkContext());
        JavaRDD<Block> blocks = edges.queryExecution().toRdd().toJavaRDD().mapPartitions(
                (FlatMapFunction<Iterator<InternalRow>, Block>) rows ->
                        List.of(Block.of(rows, ids.value(), level, slice)).iterator());
        int partitions = blocks.getNumPartitions();
        int batch = Math.max(1, sc.defaultParallelism());
        for (int from = 0; from < partitions; from += batch) {
            int[] ps = new int[Math.min(batch, partitions - from)];
            for (int k = 0; k < ps.length; k++) {
                ps[k] = from + k;
            }
            for (List<Block> part : blocks.collectPartitions(ps)) {
                part.forEach(sink);
            }
        }
    }

    /** All of {@code edges} as three arrays ({@code [src, dst]} as int arrays, and the weights), in partition order. */
    static Block collect(Dataset<Row> edges, Broadcast<VertexIds> ids, String level, String slice) {
        List<Block> parts = new java.util.ArrayList<>();
        forEachBlock(edges, ids, level, slice, parts::add);
        int m = 0;
        for (Block b : parts) {
            m = Math.addExact(m, b.size());
        }
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int i = 0;
        for (Block b : parts) {
            System.arraycopy(b.src(), 0, src, i, b.size());
            System.arraycopy(b.dst(), 0, dst, i, b.size());
            System.arraycopy(b.weight(), 0, w, i, b.size());
            i += b.size();
        }
        return new Block(src, dst, w);
    }
}
