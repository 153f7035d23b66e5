package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.privacy.Pseudonymiser;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.schema.Schemas;

/**
 * CSV files for Gephi, VOSviewer and NetworkX: for each level and slice, {@code <export>/<level>/<slice>/edges.csv}
 * ({@code src,dst,weight}) and {@code metrics.csv} ({@code id,papers,international_papers,international_ratio,
 * degree,strength,eigenvector,pagerank,betweenness}), UTF-8, sorted by id, numbers in Java's shortest round-trip
 * form, so two runs over the same data give byte-identical files. The vertex ids of personal levels
 * ({@link #PERSONAL_LEVELS}: authors) are written as {@link Pseudonymiser} pseudonyms when
 * {@code privacy.pseudonymise-authors} is on (rows then sorted by pseudonym).
 */
final class CsvExport {
    static final String METRICS_HEADER =
            "id,papers,international_papers,international_ratio,degree,strength,eigenvector,pagerank,betweenness";

    private CsvExport() {
    }

    /** Levels whose vertex ids identify people. */
    static final Set<String> PERSONAL_LEVELS = Set.of("author");

    /**
     * How vertex ids of a level are written: as they are, or (personal levels, pseudonymisation on) as
     * pseudonyms with the salt of the environment variable {@code privacy.salt-env}, read on first use.
     */
    static Function<String, UnaryOperator<String>> ids(Settings.Privacy privacy, UnaryOperator<String> env) {
        Pseudonymiser[] p = new Pseudonymiser[1];
        return level -> {
            if (!privacy.pseudonymiseAuthors() || !PERSONAL_LEVELS.contains(level)) {
                return UnaryOperator.identity();
            }
            if (p[0] == null) {
                try {
                    p[0] = Pseudonymiser.fromEnvironment(privacy.saltEnv(), env);
                } catch (IllegalStateException e) {
                    throw new InvalidConfigException(List.of("privacy.salt-env: " + e.getMessage()
                            + " (the export of level '" + level + "' holds author ids and privacy.pseudonymise-"
                            + "authors is true; set the variable, or set privacy.pseudonymise-authors = false)"));
                }
            }
            return p[0]::authorId;
        };
    }

    /**
     * Writes the files of {@code slices} ({@code level}, {@code slice} rows). The edges come in one pass per level:
     * the level's exported slices, each slice whole in one partition, fetched a partition at a time
     * ({@code toLocalIterator}), so the driver holds one partition's edges and Spark runs a job per partition, not
     * a filter, sort and collect per slice.
     */
    static void write(Configuration conf, String exportDir, List<Row> slices, List<Row> metrics, Dataset<Row> edges,
                      Function<String, UnaryOperator<String>> idsOf) {
        Map<String, List<String>> slicesByLevel = new TreeMap<>();
        for (Row s : slices) {
            slicesByLevel.computeIfAbsent(s.getString(0), k -> new ArrayList<>()).add(s.getString(1));
        }
        Map<List<String>, List<Row>> metricsBySlice = new HashMap<>();
        for (Row m : metrics) {
            metricsBySlice.computeIfAbsent(List.of(m.getString(at(LEVEL)), m.getString(at(SLICE))),
                    k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<String>> e : slicesByLevel.entrySet()) {
            String level = e.getKey();
            UnaryOperator<String> id = idsOf.apply(level);
            Set<String> pending = new TreeSet<>(e.getValue());
            Dataset<Row> levelEdges = edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).isin(
                            pending.toArray())))
                    .select(col(SLICE), col(SRC), col(DST), col(WEIGHT))
                    .repartition(col(SLICE)).sortWithinPartitions(SLICE);
            String current = null;
            List<String[]> rows = new ArrayList<>();
            Iterator<Row> it = levelEdges.toLocalIterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (!r.getString(0).equals(current)) {
                    if (current != null) {
                        writeSlice(conf, exportDir, level, current, rows, metricsBySlice, id);
                        pending.remove(current);
                    }
                    current = r.getString(0);
                    rows = new ArrayList<>();
                }
                rows.add(new String[] {id.apply(r.getString(1)), id.apply(r.getString(2)),
                        String.valueOf(r.getDouble(3))});
            }
            if (current != null) {
                writeSlice(conf, exportDir, level, current, rows, metricsBySlice, id);
                pending.remove(current);
            }
            for (String slice : pending) { // slices without an edge
                writeSlice(conf, exportDir, level, slice, new ArrayList<>(), metricsBySlice, id);
            }
        }
    }

    /** {@code edges.csv} (rows sorted by the written ids) and {@code metrics.csv} of one slice. */
    private static void writeSlice(Configuration conf, String exportDir, String level, String slice,
                                   List<String[]> edgeRows, Map<List<String>, List<Row>> metricsBySlice,
                                   UnaryOperator<String> id) {
        String dir = HadoopFiles.child(HadoopFiles.child(exportDir, level), slice);
        edgeRows.sort(java.util.Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        StringBuilder e = new StringBuilder("src,dst,weight\n");
        for (String[] r : edgeRows) {
            e.append(field(r[0])).append(',').append(field(r[1])).append(',').append(r[2]).append('\n');
        }
        HadoopFiles.writeString(conf, HadoopFiles.child(dir, "edges.csv"), e.toString());
        List<Row> rows = new ArrayList<>(metricsBySlice.getOrDefault(List.of(level, slice), List.of()));
        rows.sort((a, b) -> id.apply(a.getString(at(ID))).compareTo(id.apply(b.getString(at(ID)))));
        StringBuilder m = new StringBuilder(METRICS_HEADER).append('\n');
        for (Row r : rows) {
            m.append(field(id.apply(r.getString(at(ID)))));
            for (String c : List.of(PAPERS, INTERNATIONAL_PAPERS, INTERNATIONAL_RATIO, DEGREE, STRENGTH,
                    EIGENVECTOR, PAGERANK, BETWEENNESS)) {
                m.append(',').append(r.get(at(c)));
            }
            m.append('\n');
        }
        HadoopFiles.writeString(conf, HadoopFiles.child(dir, "metrics.csv"), m.toString());
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
