package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.common.graph.CsrGraph;

/**
 * One slice of one level's graph, collected to the driver: vertices sorted by id (vertex {@code i} of the
 * {@link CsrGraph} is {@code rows.get(i)}), and the CSR arrays built from its edges. Country and institution
 * graphs are a few thousand to a few hundred thousand vertices: far within a driver's memory
 * ({@link CsrGraph#sizeInBytes()}: 24 bytes per edge).
 */
record SliceGraph(String level, String slice, List<Row> vertices, CsrGraph graph) {

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
        // the edges' endpoints numbered in the tasks (NumberedEdges); their order does not matter: the CSR arrays
        // sort each row's neighbours, and a slice holds each pair once
        org.apache.spark.api.java.JavaSparkContext sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(
                edges.sparkSession().sparkContext());
        org.apache.spark.broadcast.Broadcast<VertexIds> index = sc.broadcast(new VertexIds(ids));
        try {
            NumberedEdges.Block e = NumberedEdges.collect(edges.filter(col(LEVEL).equalTo(level)
                    .and(col(SLICE).equalTo(slice))).select(SRC, DST, WEIGHT), index, level, slice);
            return new SliceGraph(level, slice, vs, CsrGraph.fromEdges(vs.size(), e.src(), e.dst(), e.weight()));
        } finally {
            index.destroy();
        }
    }

    String id(int v) {
        return vertices.get(v).getString(0);
    }
}
