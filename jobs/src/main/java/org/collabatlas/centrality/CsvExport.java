package org.collabatlas.centrality;

import static org.apache.spark.sql.functions.col;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
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

    static void write(Configuration conf, String exportDir, List<Row> slices, List<Row> metrics, Dataset<Row> edges,
                      Function<String, UnaryOperator<String>> idsOf) {
        for (Row s : slices) {
            String level = s.getString(0);
            String slice = s.getString(1);
            UnaryOperator<String> id = idsOf.apply(level);
            String dir = HadoopFiles.child(HadoopFiles.child(exportDir, level), slice);
            List<String[]> edgeRows = new ArrayList<>();
            for (Row r : edges.filter(col(LEVEL).equalTo(level).and(col(SLICE).equalTo(slice)))
                    .select(SRC, DST, WEIGHT).orderBy(SRC, DST).collectAsList()) {
                edgeRows.add(new String[] {id.apply(r.getString(0)), id.apply(r.getString(1)),
                        String.valueOf(r.getDouble(2))});
            }
            edgeRows.sort(java.util.Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
            StringBuilder e = new StringBuilder("src,dst,weight\n");
            for (String[] r : edgeRows) {
                e.append(field(r[0])).append(',').append(field(r[1])).append(',').append(r[2]).append('\n');
            }
            HadoopFiles.writeString(conf, HadoopFiles.child(dir, "edges.csv"), e.toString());
            List<Row> rows = new ArrayList<>();
            for (Row m : metrics) {
                if (level.equals(m.get(at(LEVEL))) && slice.equals(m.get(at(SLICE)))) {
                    rows.add(m);
                }
            }
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
