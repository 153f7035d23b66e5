package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.types.UTF8String;
import org.collabatlas.common.graph.CsrGraph;

/**
 * One slice of one level's graph, collected to the driver: vertices sorted by id (vertex {@code i} of the
 * {@link CsrGraph} is {@code rows.get(i)}), and the CSR arrays built from its edges. Country and institution
 * graphs are a few thousand to a few hundred thousand vertices: far within a driver's memory
 * ({@link CsrGraph#sizeInBytes()}: 24 bytes per edge).
 */
record SliceGraph(String level, String slice, List<Row> vertices, CsrGraph graph, int[] src, int[] dst,
                  double[] weight) {

    static SliceGraph collect(Dataset<Row> vertices, Dataset<Row> edges, String level, String slice) {
        // sorted here, not by Spark: an orderBy costs a sampling job and a shuffle per slice; the order is Spark's
        // string order (UTF-8 bytes), so the vertex numbering is the one orderBy gave, and the large path's
        List<Row> rows = vertices.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(ID, COUNTRY, PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO).collectAsList();
        int[] order = VertexIds.idOrder(rows);
        List<Row> vs = new ArrayList<>(rows.size());
        String[] ids = new String[rows.size()];
        for (int v = 0; v < order.length; v++) {
            vs.add(rows.get(order[v]));
            ids[v] = vs.get(v).getString(0);
        }
        VertexIds index = new VertexIds(ids);
        List<Row> es = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(SRC, DST, WEIGHT).collectAsList();
        // edges in (src, dst) order of the vertex numbering (= Spark's order of the ids): the order orderBy gave
        int m = es.size();
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int[] rawSrc = new int[m];
        int[] rawDst = new int[m];
        for (int i = 0; i < m; i++) {
            Row e = es.get(i);
            rawSrc[i] = index.number(UTF8String.fromString(e.getString(0)), level, slice);
            rawDst[i] = index.number(UTF8String.fromString(e.getString(1)), level, slice);
        }
        Integer[] edgeOrder = new Integer[m];
        for (int i = 0; i < m; i++) {
            edgeOrder[i] = i;
        }
        java.util.Arrays.sort(edgeOrder, (a, b) -> rawSrc[a] != rawSrc[b] ? Integer.compare(rawSrc[a], rawSrc[b])
                : Integer.compare(rawDst[a], rawDst[b]));
        for (int i = 0; i < m; i++) {
            int j = edgeOrder[i];
            src[i] = rawSrc[j];
            dst[i] = rawDst[j];
            w[i] = es.get(j).getDouble(2);
        }
        return new SliceGraph(level, slice, vs, CsrGraph.fromEdges(vs.size(), src, dst, w), src, dst, w);
    }

    String id(int v) {
        return vertices.get(v).getString(0);
    }
}
