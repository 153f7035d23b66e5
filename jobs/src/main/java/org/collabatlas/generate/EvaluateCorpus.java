package org.collabatlas.generate;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.collabatlas.schema.Columns.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.generate.ClusteringScores;
import org.collabatlas.common.generate.CorpusSpec;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.RunLayout;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.run.UsageException;
import org.collabatlas.schema.Schemas;

/**
 * Accuracy of a run's entity resolution against the ground truth of the generated corpus it ingested.
 * Truth rows are matched to {@code authorships_resolved} by (DOI -> paper_id via {@code papers}, author_position,
 * affiliation_index).
 * <ul>
 *   <li>{@code country_accuracy}: resolved country equal to the true one, over all truth authorships (an
 *   unresolved or unmatched row counts as wrong); {@code country_coverage}: rows with any country;
 *   {@code country_precision}: right among those with a country;</li>
 *   <li>institutions, when {@code authorships_resolved} has {@code institution_ids} (full ROR URLs, or
 *   {@code cluster:<hash>} for a provisional institution), in two parts by the true institution:
 *   <ul>
 *     <li><b>registry</b> rows (the true institution has a ROR id t), scored by id: with R the predicted ROR ids
 *     of a row (its {@code cluster:} ids left out), {@code registry_institution_precision} = sum |R and {t}| /
 *     sum |R| and {@code registry_institution_recall} = sum |R and {t}| / registry rows;</li>
 *     <li><b>invented</b> rows (the true institution is one the generator made up, which no ROR id can match),
 *     scored as a clustering ({@link ClusteringScores}: B-cubed and pairwise precision, recall, F1) of the
 *     predicted grouping against the true one ({@code institution_key}). A row's predicted label is the first of
 *     its {@code institution_ids} (the matcher's preferred id; a cluster row has exactly one); a row with none,
 *     or with no resolved row at all, is a singleton of its own: the run grouped it with nothing. A ROR id given
 *     to an invented row is a label like any other (two invented institutions matched to one ROR id are merged),
 *     and such rows are counted ({@code invented_institution_rows_with_ror_id}).</li>
 *   </ul>
 *   No ROR id can be right for an invented institution, so its provisional ids are not counted against the
 *   registry precision (where they would measure the share of the long tail, not the matcher); the clustering
 *   says instead whether that tail is grouped right.</li>
 * </ul>
 */
public final class EvaluateCorpus {
    /** The generator version from which the ground truth carries {@code institution_key}. */
    static final int MIN_GENERATOR_VERSION = 2;
    private static final String ROR_PREFIX = "https://";
    /** The label prefix of a row left without an institution: a singleton, made unique by the row's key. */
    private static final String UNASSIGNED = "unassigned:";
    private static final String PREDICTED_IDS = "predicted_ids";
    private static final String PREDICTED_LABEL = "predicted_label";
    private static final String N = "n";

    private EvaluateCorpus() {
    }

    /**
     * The {@code evaluate-corpus} command: the accuracy of the run in {@code runDir} against the ground truth of
     * the corpus it generated and ingested (named in its {@code _run.json}, else {@code generate.*}'s), written to
     * {@code outDir/accuracy.json}.
     */
    public static void evaluate(SparkSession spark, AtlasConfig config, String runDir, String outDir,
                                PrintStream out) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String runJson = HadoopFiles.readString(hadoop, HadoopFiles.child(runDir, RunLayout.RUN_JSON));
        if (runJson == null) {
            throw new UsageException("no run in " + runDir + " (no _run.json)");
        }
        String corpus;
        try {
            corpus = new ObjectMapper().readTree(runJson).at("/generated_corpus/dir").asText(null);
        } catch (IOException e) {
            throw new UsageException(runDir + "/_run.json is not JSON: " + e.getMessage());
        }
        if (corpus == null) {
            corpus = GenerateJob.dir(config);
        }
        if (GenerateJob.manifestHash(hadoop, corpus) == null) {
            throw new UsageException("no generated corpus (corpus.json) in " + corpus);
        }
        int version = generatorVersion(hadoop, corpus);
        if (version < MIN_GENERATOR_VERSION) {
            throw new UsageException("the corpus in " + corpus + " was made by generator version " + version
                    + ", whose ground truth has no institution_key; generate it again (generator version "
                    + CorpusSpec.GENERATOR_VERSION + ") and run the pipeline on it");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", runDir);
        result.put("corpus", corpus);
        result.putAll(run(spark, runDir, corpus));
        HadoopFiles.writeString(hadoop, HadoopFiles.child(outDir, "accuracy.json"), StageReport.toJson(result));
        out.println("evaluate-corpus: " + result + " -> " + outDir);
    }

    private static int generatorVersion(Configuration hadoop, String corpus) {
        String text = HadoopFiles.readString(hadoop, HadoopFiles.child(corpus, GenerateJob.MANIFEST));
        try {
            return new ObjectMapper().readTree(text).path("generator_version").asInt(1);
        } catch (IOException e) {
            throw new UsageException(corpus + "/" + GenerateJob.MANIFEST + " is not JSON: " + e.getMessage());
        }
    }

    /** The figures of the run in {@code runDir} (a run directory) against the corpus in {@code corpusDir}. */
    public static Map<String, Object> run(SparkSession spark, String runDir, String corpusDir) {
        Dataset<Row> resolved = spark.read()
                .parquet(RunLayout.table(runDir, Table.AUTHORSHIPS_RESOLVED));
        boolean institutions = Arrays.asList(resolved.columns()).contains(INSTITUTION_IDS);
        Dataset<Row> joined = truthWithPrediction(spark, runDir, corpusDir, resolved, institutions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Object> out = new LinkedHashMap<>(countriesAndRegistry(joined, institutions));
            if (institutions) {
                out.putAll(inventedClustering(joined));
            }
            return out;
        } finally {
            joined.unpersist();
        }
    }

    /**
     * Every truth authorship (left join) with its resolved country and ids ({@code predicted_country},
     * {@code predicted_ids}, null when the row has no resolved row) and whether it has one ({@code p_paper_id}).
     */
    static Dataset<Row> truthWithPrediction(SparkSession spark, String runDir, String corpusDir,
                                            Dataset<Row> resolved, boolean institutions) {
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS)
                .parquet(RunLayout.table(runDir, Table.PAPERS))
                .select(col(PAPER_ID), lower(col(DOI)).as("doi_key"));
        Dataset<Row> predicted = resolved.select(col(PAPER_ID).as("p_paper_id"), col(AUTHOR_POSITION).as("p_position"),
                col(AFFILIATION_INDEX).as("p_index"),
                col(COUNTRY).as("predicted_country"),
                institutions ? col(INSTITUTION_IDS).as(PREDICTED_IDS) : lit(null).cast("array<string>")
                        .as(PREDICTED_IDS));
        Dataset<Row> truth = GroundTruth.authorships(spark, corpusDir)
                .join(papers, lower(col(DOI)).equalTo(col("doi_key")), "left");
        return truth.join(predicted, col(PAPER_ID).equalTo(col("p_paper_id"))
                .and(col(AUTHOR_POSITION).equalTo(col("p_position"))).and(col(AFFILIATION_INDEX).equalTo(col("p_index"))),
                "left")
                .select(col(DOI), col(AUTHOR_POSITION), col(AFFILIATION_INDEX), col(COUNTRY), col(INSTITUTION_ID),
                        col(INSTITUTION_KEY), col("p_paper_id"), col("predicted_country"), col(PREDICTED_IDS));
    }

    /** Country figures over all rows and registry-institution figures over the rows with a true ROR id, one pass. */
    private static Map<String, Object> countriesAndRegistry(Dataset<Row> joined, boolean institutions) {
        Column registry = col(INSTITUTION_ID).isNotNull();
        Column ids = coalesce(col(PREDICTED_IDS), lit(new String[0]));
        Column rorIds = size(filter(ids, x -> x.startsWith(ROR_PREFIX)));
        Row r = joined.agg(
                count(lit(1)).as("rows"),
                sum(when(col("p_paper_id").isNotNull(), 1).otherwise(0)).as("matched"),
                sum(when(col("predicted_country").isNotNull(), 1).otherwise(0)).as("with_country"),
                sum(when(col("predicted_country").equalTo(col(COUNTRY)), 1).otherwise(0)).as("right"),
                sum(when(registry, 1).otherwise(0)).as("registry_rows"),
                sum(when(registry, rorIds).otherwise(0)).as("registry_predicted"),
                sum(when(registry.and(array_contains(ids, col(INSTITUTION_ID))), 1).otherwise(0)).as("tp"),
                sum(when(col(INSTITUTION_ID).isNull().and(rorIds.gt(0)), 1).otherwise(0)).as("invented_with_ror"))
                .first();
        long rows = r.getLong(0);
        long matched = r.getLong(1);
        long withCountry = r.getLong(2);
        long right = r.getLong(3);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("truth_authorships", rows);
        out.put("matched_authorships", matched);
        out.put("country_right", right);
        out.put("country_accuracy", ratio(right, rows));
        out.put("country_coverage", ratio(withCountry, rows));
        out.put("country_precision", ratio(right, withCountry));
        out.put("institutions_evaluated", institutions);
        if (institutions) {
            long registryRows = r.getLong(4);
            long predictedIds = r.getLong(5);
            long tp = r.getLong(6);
            out.put("registry_institution_rows", registryRows);
            out.put("registry_institution_true_positives", tp);
            out.put("registry_institution_precision", ratio(tp, predictedIds));
            out.put("registry_institution_recall", ratio(tp, registryRows));
            out.put("invented_institution_rows_with_ror_id", r.getLong(7));
        }
        return out;
    }

    /**
     * The contingency table of the invented rows: (predicted label, true institution_key) -> n. The predicted label
     * is the first predicted id, else {@code unassigned:<doi>|<position>|<index>}, unique to the row.
     */
    static Dataset<Row> inventedCells(Dataset<Row> joined) {
        Column first = when(size(col(PREDICTED_IDS)).gt(0), element_at(col(PREDICTED_IDS), 1));
        Column singleton = concat(lit(UNASSIGNED), concat_ws("|", lower(col(DOI)),
                col(AUTHOR_POSITION).cast("string"), col(AFFILIATION_INDEX).cast("string")));
        return joined.filter(col(INSTITUTION_ID).isNull())
                .select(coalesce(first, singleton).as(PREDICTED_LABEL), col(INSTITUTION_KEY))
                .groupBy(PREDICTED_LABEL, INSTITUTION_KEY).agg(count(lit(1)).as(N));
    }

    /** B-cubed and pairwise scores of the invented rows' grouping, from the size classes of both sides. */
    private static Map<String, Object> inventedClustering(Dataset<Row> joined) {
        Row c = joined.filter(col(INSTITUTION_ID).isNull()).agg(
                count(lit(1)),
                sum(when(coalesce(size(col(PREDICTED_IDS)), lit(0)).leq(0), 1).otherwise(0)),
                sum(when(size(col(PREDICTED_IDS)).gt(1), 1).otherwise(0))).first();
        Dataset<Row> cells = inventedCells(joined).persist(StorageLevel.MEMORY_AND_DISK());
        ClusteringScores s;
        try {
            s = ClusteringScores.fromSizeClasses(sizeClasses(cells, PREDICTED_LABEL),
                    sizeClasses(cells, INSTITUTION_KEY));
        } finally {
            cells.unpersist();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invented_institution_rows", s.items());
        out.put("invented_institution_rows_unassigned", c.isNullAt(1) ? 0L : c.getLong(1));
        out.put("invented_institution_rows_with_several_ids", c.isNullAt(2) ? 0L : c.getLong(2));
        out.put("invented_institutions_true", s.trueClusters());
        out.put("invented_institutions_predicted", s.predictedClusters());
        out.put("invented_institution_bcubed_precision", round(s.bcubedPrecision()));
        out.put("invented_institution_bcubed_recall", round(s.bcubedRecall()));
        out.put("invented_institution_bcubed_f1", round(s.bcubedF1()));
        out.put("invented_institution_pairwise_precision", round(s.pairwisePrecision()));
        out.put("invented_institution_pairwise_recall", round(s.pairwiseRecall()));
        out.put("invented_institution_pairwise_f1", round(s.pairwiseF1()));
        return out;
    }

    /**
     * One side's clusters of the contingency table {@code cells} ({@code side} the label column, {@code n} the
     * count), aggregated where they lie into one row per cluster size: the few rows collected are at most about
     * sqrt(2N), and the sums are exact (longs).
     */
    static List<ClusteringScores.SizeClass> sizeClasses(Dataset<Row> cells, String side) {
        List<ClusteringScores.SizeClass> out = new ArrayList<>();
        for (Row r : cells.groupBy(side).agg(sum(col(N)).as("size"), sum(col(N).multiply(col(N))).as("squares"))
                .groupBy("size").agg(count(lit(1)).as("clusters"), sum(col("squares")).as("squares"))
                .collectAsList()) {
            out.add(new ClusteringScores.SizeClass(r.getLong(0), r.getLong(1), r.getLong(2)));
        }
        return out;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : Math.round(a * 1e6 / b) / 1e6;
    }

    private static double round(double x) {
        return Double.isNaN(x) ? x : Math.round(x * 1e6) / 1e6;
    }
}
