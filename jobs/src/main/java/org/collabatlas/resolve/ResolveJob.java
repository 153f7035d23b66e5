package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.collabatlas.schema.Columns.*;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas resolve}: the country and the institutions of every authorship's affiliation.
 * <pre>
 *   authorships -> distinct (raw_affiliation, raw_country) -> match each once (broadcast gazetteer)
 *               -> cluster the unmatched into provisional institutions          -> affiliation_matches, institutions
 *               -> join back                                                    -> authorships_resolved
 * </pre>
 * The distinct pairs carry their authorship count, which names the clusters (the most frequent string).
 * Matching: {@link org.collabatlas.common.affiliation.match.AffiliationMatcher} (ROR ids; the country rule: the
 * string's own evidence, else the matched institution's country). Clustering: {@link ClusterUnmatched}.
 * {@code institutions} holds every id that {@code affiliation_matches} uses: ROR institutions (name and country
 * from ROR) and clusters.
 */
public final class ResolveJob implements Stage {
    @Override
    public StageId id() {
        return StageId.RESOLVE;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.AUTHORSHIPS);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.AFFILIATION_MATCHES, Table.INSTITUTIONS, Table.AUTHORSHIPS_RESOLVED);
    }

    /** The ROR dump (path, size, modification time), when {@code resolve.ror} names one. */
    @Override
    public String externalInputs(Configuration hadoop, AtlasConfig config) {
        String ror = config.resolve().ror();
        String matcher = matcherInput(hadoop, config.resolve());
        if (ror == null) {
            return matcher;
        }
        Path p = new Path(ror);
        try {
            FileStatus s = p.getFileSystem(hadoop).getFileStatus(p);
            return "ror\t" + s.getPath() + "\t" + s.getLen() + "\t" + s.getModificationTime() + "\n" + matcher;
        } catch (FileNotFoundException e) {
            return "ror\t" + ror + "\tmissing\n" + matcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ror + ": " + e.getMessage(), e);
        }
    }

    /** The decision's identity: {@code rules}, or the SHA-256 of the model (so a new model recomputes the stage). */
    private static String matcherInput(Configuration hadoop, Settings.Resolve resolve) {
        MatcherModel m = Gazetteers.model(hadoop, resolve);
        return "matcher\t" + (m == null ? "rules" : "learned\t" + m.sha256()) + "\n";
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.input(Table.AUTHORSHIPS), ctx.config().resolve(), ctx.dir(), ctx.report());
    }

    /**
     * The matches of distinct (raw_affiliation, raw_country) rows, clustered; see {@link ClusterUnmatched}. The
     * gazetteer and its index go to the executors as the bytes of {@link PreparedGazetteer}: an executor decodes
     * them instead of building the index.
     *
     * @param distinct raw_affiliation, raw_country and {@code count}, the authorships of the pair (names clusters)
     * @param model    the learned decision's model, null for the rules
     */
    static ClusterUnmatched.Result matchDistinct(SparkSession spark, Dataset<Row> distinct,
            PreparedGazetteer prepared, MatcherModel model) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<byte[]> b = jsc.broadcast(prepared.toBytes());
        Gazetteers.register(b.id(), prepared);
        Broadcast<MatcherModel> m = jsc.broadcast(model);
        Dataset<Row> matched = distinct
                .mapPartitions(new MatchAffiliations(b, m), Encoders.row(Schemas.AFFILIATION_MATCHES))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return ClusterUnmatched.apply(spark, matched, distinct);
    }

    /** The ROR institutions that some match names, and the clusters: {@link Schemas#INSTITUTIONS}. */
    static Dataset<Row> institutions(SparkSession spark, Dataset<Row> matches, Dataset<Row> clusters,
            Gazetteer gazetteer) {
        List<Row> ids = matches.select(explode(col(INSTITUTION_IDS)).as(ID)).filter(col(ID).startsWith("https://"))
                .distinct().collectAsList();
        List<Row> rows = new ArrayList<>(ids.size());
        for (Row r : ids) {
            Institution inst = gazetteer.byId(r.getString(0)).orElseThrow(() -> new IllegalStateException(
                    "matched id " + r.getString(0) + " is not in the gazetteer"));
            rows.add(RowFactory.create(inst.id(), inst.displayName(), inst.countryCode(), SOURCE_ROR));
        }
        return spark.createDataFrame(rows, Schemas.INSTITUTIONS).unionByName(clusters.select(
                Schemas.columns(Schemas.INSTITUTIONS)));
    }

    /** @param authorshipsPath the ingest stage's {@link Table#AUTHORSHIPS} */
    public static void run(SparkSession spark, String authorshipsPath, Settings.Resolve resolve, String stageDir,
                           StageReport report) {
        PreparedGazetteer prepared = report.step("load gazetteer", () -> Gazetteers.prepare(
                spark.sparkContext().hadoopConfiguration(), resolve));
        Gazetteer gazetteer = prepared.gazetteer();
        MatcherModel model = Gazetteers.model(spark.sparkContext().hadoopConfiguration(), resolve);
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(authorshipsPath);
        Dataset<Row> distinct = authorships.groupBy(col(RAW_AFFILIATION), col(RAW_COUNTRY))
                .agg(count(lit(1)).as(COUNT)).persist(StorageLevel.MEMORY_AND_DISK());
        ClusterUnmatched.Result result = report.step("match and cluster distinct affiliation strings",
                () -> matchDistinct(spark, distinct, prepared, model));
        Dataset<Row> matches = result.matches().persist(StorageLevel.MEMORY_AND_DISK());
        report.step("write affiliation_matches", () -> matches
                .sortWithinPartitions(RAW_AFFILIATION).write().mode(SaveMode.ErrorIfExists)
                .parquet(Table.AFFILIATION_MATCHES.in(stageDir)));
        Dataset<Row> institutions = institutions(spark, matches, result.institutions(), gazetteer);
        report.step("write institutions", () -> institutions.coalesce(1).sortWithinPartitions(ID).write()
                .mode(SaveMode.ErrorIfExists).parquet(Table.INSTITUTIONS.in(stageDir)));

        JoinBack.Result joined = report.step("check the join key", () -> JoinBack.apply(authorships, matches));
        Dataset<Row> resolved = joined.resolved();
        // repartitioned by paper before writing: each file then holds whole papers, and the graph stage's groupings
        // by paper reduce most of their rows before their shuffle (in the join's partitions instead, the graph
        // stage shuffles and spills more than this repartition costs here: docs/benchmarks.md)
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        report.step("join back and write authorships_resolved", () -> resolved
                .repartition(partitions, col(PAPER_ID)).sortWithinPartitions(PAPER_ID, AUTHOR_POSITION,
                        AFFILIATION_INDEX)
                .write().mode(SaveMode.ErrorIfExists).parquet(Table.AUTHORSHIPS_RESOLVED.in(stageDir)));

        List<Row> byMethod = report.step("count", () -> matches.groupBy(col(COUNTRY_METHOD), col(COUNTRY_REASON),
                col(MATCH_METHOD), col(MATCH_REASON)).agg(count(lit(1)).as("n")).collectAsList());
        Dataset<Row> written = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(Table.AUTHORSHIPS_RESOLVED.in(stageDir));
        // one scan of the written table for the four counts
        Row written4 = written.agg(count(lit(1)), count(col(COUNTRY)),
                sum(when(size(col(INSTITUTION_IDS)).gt(0), 1).otherwise(0)),
                sum(when(col(INSTITUTION_IDS).getItem(0).startsWith("https://"), 1).otherwise(0))).first();
        long rows = written4.getLong(0);
        long withCountry = written4.getLong(1);
        long withInstitution = written4.isNullAt(2) ? 0 : written4.getLong(2);
        long withRor = written4.isNullAt(3) ? 0 : written4.getLong(3);
        long institutionRows = spark.read().schema(Schemas.INSTITUTIONS)
                .parquet(Table.INSTITUTIONS.in(stageDir)).count();
        matches.unpersist();
        distinct.unpersist();

        Map<String, Long> methods = new TreeMap<>();
        Map<String, Long> unknown = new TreeMap<>();
        Map<String, Long> matchMethods = new TreeMap<>();
        Map<String, Long> noMatch = new TreeMap<>();
        long strings = 0;
        for (Row r : byMethod) {
            long n = r.getLong(4);
            strings += n;
            methods.merge(r.getString(0), n, Long::sum);
            if (r.getString(1) != null) {
                unknown.merge(r.getString(1), n, Long::sum);
            }
            matchMethods.merge(r.getString(2), n, Long::sum);
            if (r.getString(3) != null) {
                noMatch.merge(r.getString(3), n, Long::sum);
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("distinct_affiliations", strings);
        counts.put("by_method", methods);
        counts.put("unknown_by_reason", unknown);
        counts.put("by_match_method", matchMethods);
        counts.put("no_ror_match_by_reason", noMatch);
        counts.put("gazetteer_institutions", gazetteer.size());
        counts.put("matcher", model == null ? "rules" : "learned");
        if (model != null) {
            counts.put("matcher_model_sha256", model.sha256());
            counts.put("matcher_threshold", model.threshold());
        }
        counts.put("institutions", institutionRows);
        counts.put("clusters", result.clusters());
        counts.put("cluster_edges", result.edges());
        counts.put("join_back", joined.path().name().toLowerCase(java.util.Locale.ROOT));
        counts.put("authorship_rows", rows);
        counts.put("authorship_rows_with_country", withCountry);
        counts.put("authorship_rows_with_institution", withInstitution);
        counts.put("authorship_rows_with_ror_institution", withRor);
        report.counts(counts);
    }
}
