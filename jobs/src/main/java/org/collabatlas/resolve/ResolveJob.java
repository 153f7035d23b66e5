package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.collabatlas.schema.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.cli.StageReport;
import org.collabatlas.ingest.IngestJob;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas resolve}: the country of every authorship's affiliation (ISO 3166-1 alpha-2; HK, MO, TW as
 * their own regions), by {@link org.collabatlas.common.affiliation.country.CountryResolver}.
 * <pre>
 *   authorships -> distinct (raw_affiliation, raw_country) -> resolve each once -> affiliation_matches
 *               -> join back                                                    -> authorships_resolved
 * </pre>
 * Each distinct string is resolved once, however many authorships repeat it. Institution matching (ROR) is not
 * part of this stage yet; its columns will be added to the same tables.
 */
public final class ResolveJob {
    public static final String AFFILIATION_MATCHES = "affiliation_matches";
    public static final String AUTHORSHIPS_RESOLVED = "authorships_resolved";
    public static final String INSTITUTIONS = "institutions";

    private ResolveJob() {
    }

    public static void run(SparkSession spark, String ingestDir, String stageDir, StageReport report) {
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(HadoopFiles.child(ingestDir, IngestJob.AUTHORSHIPS));
        Dataset<Row> distinct = authorships.select(col(RAW_AFFILIATION), col(RAW_COUNTRY)).distinct();
        Dataset<Row> matches = distinct
                .mapPartitions(new ResolveCountries(), Encoders.row(Schemas.AFFILIATION_MATCHES))
                .persist(StorageLevel.MEMORY_AND_DISK());
        report.step("resolve distinct affiliation strings", () -> matches
                .sortWithinPartitions(RAW_AFFILIATION).write().mode(SaveMode.ErrorIfExists)
                .parquet(HadoopFiles.child(stageDir, AFFILIATION_MATCHES)));

        Dataset<Row> resolved = authorships.join(matches,
                authorships.col(RAW_AFFILIATION).eqNullSafe(matches.col(RAW_AFFILIATION))
                        .and(authorships.col(RAW_COUNTRY).eqNullSafe(matches.col(RAW_COUNTRY))), "left")
                .select(authorships.col("*"), matches.col(COUNTRY), matches.col(COUNTRY_METHOD),
                        matches.col(COUNTRY_REASON));
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        report.step("join back and write authorships_resolved", () -> resolved
                .repartition(partitions, col(PAPER_ID)).sortWithinPartitions(PAPER_ID, AUTHOR_POSITION,
                        AFFILIATION_INDEX)
                .write().mode(SaveMode.ErrorIfExists).parquet(HadoopFiles.child(stageDir, AUTHORSHIPS_RESOLVED)));

        List<Row> byMethod = report.step("count", () -> matches.groupBy(col(COUNTRY_METHOD), col(COUNTRY_REASON))
                .agg(count(lit(1)).as("n")).collectAsList());
        Dataset<Row> written = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(HadoopFiles.child(stageDir, AUTHORSHIPS_RESOLVED));
        long rows = written.count();
        long withCountry = written.filter(col(COUNTRY).isNotNull()).count();
        matches.unpersist();

        Map<String, Long> methods = new TreeMap<>();
        Map<String, Long> unknown = new TreeMap<>();
        long strings = 0;
        for (Row r : byMethod) {
            long n = r.getLong(2);
            strings += n;
            methods.merge(r.getString(0), n, Long::sum);
            if (r.getString(1) != null) {
                unknown.merge(r.getString(1), n, Long::sum);
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("distinct_affiliations", strings);
        counts.put("by_method", methods);
        counts.put("unknown_by_reason", unknown);
        counts.put("authorship_rows", rows);
        counts.put("authorship_rows_with_country", withCountry);
        report.put("counts", counts);
    }
}
