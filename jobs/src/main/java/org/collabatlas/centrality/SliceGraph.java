package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
        List<Row> vs = vertices.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(ID, COUNTRY, PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO).orderBy(ID).collectAsList();
        Map<String, Integer> index = new HashMap<>(vs.size() * 2);
        for (int i = 0; i < vs.size(); i++) {
            index.put(vs.get(i).getString(0), i);
        }
        List<Row> es = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                .select(SRC, DST, WEIGHT).orderBy(SRC, DST).collectAsList();
        int[] src = new int[es.size()];
        int[] dst = new int[es.size()];
        double[] w = new double[es.size()];
        for (int i = 0; i < es.size(); i++) {
            Row e = es.get(i);
            src[i] = indexOf(index, e.getString(0), level, slice);
            dst[i] = indexOf(index, e.getString(1), level, slice);
            w[i] = e.getDouble(2);
        }
        return new SliceGraph(level, slice, vs, CsrGraph.fromEdges(vs.size(), src, dst, w), src, dst, w);
    }

    private static int indexOf(Map<String, Integer> index, String id, String level, String slice) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalStateException("edge endpoint '" + id + "' is not a vertex of " + level + "/" + slice
                    + ": the graph stage's output is inconsistent");
        }
        return i;
    }

    String id(int v) {
        return vertices.get(v).getString(0);
    }
}
