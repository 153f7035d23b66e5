package org.collabatlas.generate;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.collabatlas.schema.Columns.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.config.AtlasConfig;
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
 *   <li>institutions, when {@code authorships_resolved} has {@code institution_ids} (full ROR URLs):
 *   pair-based, with P the predicted ids of a row and t its true id (none for an institution no gazetteer holds):
 *   precision = sum |P and {t}| / sum |P|, recall = sum |P and {t}| / rows with a t.</li>
 * </ul>
 */
public final class EvaluateCorpus {
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
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", runDir);
        result.put("corpus", corpus);
        result.putAll(run(spark, runDir, corpus));
        HadoopFiles.writeString(hadoop, HadoopFiles.child(outDir, "accuracy.json"), StageReport.toJson(result));
        out.println("evaluate-corpus: " + result + " -> " + outDir);
    }

    /** The figures of the run in {@code runDir} (a run directory) against the corpus in {@code corpusDir}. */
    public static Map<String, Object> run(SparkSession spark, String runDir, String corpusDir) {
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS)
                .parquet(RunLayout.table(runDir, Table.PAPERS))
                .select(col(PAPER_ID), lower(col(DOI)).as("doi_key"));
        Dataset<Row> resolved = spark.read()
                .parquet(RunLayout.table(runDir, Table.AUTHORSHIPS_RESOLVED));
        boolean institutions = Arrays.asList(resolved.columns()).contains(INSTITUTION_IDS);
        Dataset<Row> predicted = resolved.select(col(PAPER_ID).as("p_paper_id"), col(AUTHOR_POSITION).as("p_position"),
                col(AFFILIATION_INDEX).as("p_index"),
                col(COUNTRY).as("predicted_country"),
                institutions ? col(INSTITUTION_IDS).as("predicted_ids") : lit(null).cast("array<string>")
                        .as("predicted_ids"));
        Dataset<Row> truth = GroundTruth.authorships(spark, corpusDir)
                .join(papers, lower(col(DOI)).equalTo(col("doi_key")), "left");
        Dataset<Row> joined = truth.join(predicted, col(PAPER_ID).equalTo(col("p_paper_id"))
                .and(col(AUTHOR_POSITION).equalTo(col("p_position"))).and(col(AFFILIATION_INDEX).equalTo(col("p_index"))),
                "left");
        Row r = joined.agg(
                count(lit(1)).as("rows"),
                sum(when(col("p_paper_id").isNotNull(), 1).otherwise(0)).as("matched"),
                sum(when(col("predicted_country").isNotNull(), 1).otherwise(0)).as("with_country"),
                sum(when(col("predicted_country").equalTo(col(COUNTRY)), 1).otherwise(0)).as("right"),
                sum(when(col(INSTITUTION_ID).isNotNull(), 1).otherwise(0)).as("with_truth_id"),
                sum(when(col("predicted_ids").isNotNull(), size(col("predicted_ids"))).otherwise(0)).as("predicted"),
                sum(when(col("predicted_ids").isNotNull().and(col(INSTITUTION_ID).isNotNull())
                        .and(array_contains(col("predicted_ids"), col(INSTITUTION_ID))), 1).otherwise(0)).as("tp"))
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
            long withTruth = r.getLong(4);
            long predictedIds = r.getLong(5);
            long tp = r.getLong(6);
            out.put("institution_true_positives", tp);
            out.put("institution_precision", ratio(tp, predictedIds));
            out.put("institution_recall", ratio(tp, withTruth));
        }
        return out;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : Math.round(a * 1e6 / b) / 1e6;
    }
}
