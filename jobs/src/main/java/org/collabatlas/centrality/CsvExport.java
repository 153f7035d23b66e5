package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.schema.Schemas;

/**
 * CSV files for Gephi, VOSviewer and NetworkX: for each level and slice, {@code <export>/<level>/<slice>/edges.csv}
 * ({@code src,dst,weight}) and {@code metrics.csv} ({@code id,papers,international_papers,international_ratio,
 * degree,strength,eigenvector,pagerank,betweenness}), UTF-8, sorted by id, numbers in Java's shortest round-trip
 * form, so two runs over the same data give byte-identical files.
 */
final class CsvExport {
    static final String METRICS_HEADER =
            "id,papers,international_papers,international_ratio,degree,strength,eigenvector,pagerank,betweenness";

    private CsvExport() {
    }

    static void write(Configuration conf, String exportDir, List<Row> slices, List<Row> metrics, Dataset<Row> edges) {
        for (Row s : slices) {
            String level = s.getString(0);
            String slice = s.getString(1);
            String dir = HadoopFiles.child(HadoopFiles.child(exportDir, level), slice);
            StringBuilder e = new StringBuilder("src,dst,weight\n");
            for (Row r : edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                    .select(SRC, DST, WEIGHT).orderBy(SRC, DST).collectAsList()) {
                e.append(field(r.getString(0))).append(',').append(field(r.getString(1))).append(',')
                        .append(r.getDouble(2)).append('\n');
            }
            HadoopFiles.writeString(conf, HadoopFiles.child(dir, "edges.csv"), e.toString());
            List<Row> rows = new ArrayList<>();
            for (Row m : metrics) {
                if (level.equals(m.get(at(LEVEL))) && slice.equals(m.get(at(SLICE)))) {
                    rows.add(m);
                }
            }
            rows.sort((a, b) -> a.getString(at(ID)).compareTo(b.getString(at(ID))));
            StringBuilder m = new StringBuilder(METRICS_HEADER).append('\n');
            for (Row r : rows) {
                m.append(field(r.getString(at(ID))));
                for (String c : List.of(PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO, DEGREE, STRENGTH,
                        EIGENVECTOR, PAGERANK, BETWEENNESS)) {
                    m.append(',').append(r.get(at(c)));
                }
                m.append('\n');
            }
            HadoopFiles.writeString(conf, HadoopFiles.child(dir, "metrics.csv"), m.toString());
        }
    }

    /** Position of a column in {@link Schemas#METRICS} rows (the rows built by {@link CentralityJob}). */
    private static int at(String column) {
        return Schemas.METRICS.fieldIndex(column);
    }

    /** RFC 4180 quoting when the value holds a comma, quote or line break. */
    static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
