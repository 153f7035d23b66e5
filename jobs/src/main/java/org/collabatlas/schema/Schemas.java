package org.collabatlas.schema;

import static org.collabatlas.schema.Columns.*;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of every table, in one place. Tables are always read with these schemas, never inferred.
 * <ul>
 *   <li>{@link #PAPERS}: one row per paper after merging duplicates across and within sources;</li>
 *   <li>{@link #AUTHORSHIPS}: one row per author and affiliation of a paper ({@code affiliation_index} 0, 1, ...);
 *   an author without any affiliation has one row with index 0 and a null {@code raw_affiliation};</li>
 *   <li>{@link #REJECTS}: one row per input unit that did not become a paper, with its reason code;</li>
 *   <li>{@link #PARSED}: ingest's intermediate, one row per parsed unit (record or reject).</li>
 * </ul>
 */
public final class Schemas {
    private Schemas() {
    }

    /** The schema's columns in its order, for a {@code select} that makes a table match its schema. */
    public static org.apache.spark.sql.Column[] columns(StructType schema) {
        return java.util.Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    private static StructField nullable(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    private static ArrayType arrayOf(DataType t) {
        return DataTypes.createArrayType(t, true);
    }

    public static final StructType KEYWORD = new StructType(new StructField[] {
        required(TERM, DataTypes.StringType), required(KIND, DataTypes.StringType)});

    public static final StructType AFFILIATION = new StructType(new StructField[] {
        required(RAW, DataTypes.StringType), nullable(RAW_COUNTRY, DataTypes.StringType),
        nullable(SOURCE_INSTITUTION_IDS, arrayOf(DataTypes.StringType))});

    public static final StructType AUTHOR = new StructType(new StructField[] {
        required(POSITION, DataTypes.IntegerType), nullable(NAME, DataTypes.StringType),
        nullable(SOURCE_AUTHOR_ID, DataTypes.StringType), nullable(ORCID, DataTypes.StringType),
        nullable(AFFILIATIONS, arrayOf(AFFILIATION))});

    public static final StructType SOURCE_REF = new StructType(new StructField[] {
        required(SOURCE, DataTypes.StringType), nullable(SOURCE_ID, DataTypes.StringType),
        required(SOURCE_FILE, DataTypes.StringType), required(LOCATOR, DataTypes.StringType)});

    public static final StructType PARSED = new StructType(new StructField[] {
        required(UNIT, DataTypes.StringType),
        required(SOURCE, DataTypes.StringType),
        required(SOURCE_FILE, DataTypes.StringType),
        required(LOCATOR, DataTypes.StringType),
        nullable(SOURCE_ID, DataTypes.StringType),
        nullable(DOI, DataTypes.StringType),
        nullable(TITLE, DataTypes.StringType),
        nullable(TITLE_KEY, DataTypes.StringType),
        nullable(FIRST_SURNAME, DataTypes.StringType),
        nullable(YEAR, DataTypes.IntegerType),
        nullable(VENUE, DataTypes.StringType),
        nullable(CONTENT_TYPE, DataTypes.StringType),
        nullable(KEYWORDS, arrayOf(KEYWORD)),
        nullable(AUTHORS, arrayOf(AUTHOR)),
        nullable(N_AFFILIATED, DataTypes.IntegerType),
        nullable(REASON, DataTypes.StringType),
        nullable(MESSAGE, DataTypes.StringType),
        nullable(EXCERPT, DataTypes.StringType)});

    public static final StructType PAPERS = new StructType(new StructField[] {
        required(PAPER_ID, DataTypes.StringType),
        nullable(DOI, DataTypes.StringType),
        nullable(TITLE, DataTypes.StringType),
        nullable(YEAR, DataTypes.IntegerType),
        nullable(VENUE, DataTypes.StringType),
        nullable(CONTENT_TYPE, DataTypes.StringType),
        nullable(KEYWORDS, arrayOf(KEYWORD)),
        required(SOURCE, DataTypes.StringType),
        nullable(SOURCE_ID, DataTypes.StringType),
        nullable(SOURCES, arrayOf(SOURCE_REF)),
        required(N_AUTHORS, DataTypes.IntegerType)});

    public static final StructType AUTHORSHIPS = new StructType(new StructField[] {
        required(PAPER_ID, DataTypes.StringType),
        nullable(SOURCE, DataTypes.StringType),
        required(AUTHOR_POSITION, DataTypes.IntegerType),
        nullable(AUTHOR_NAME, DataTypes.StringType),
        nullable(SOURCE_AUTHOR_ID, DataTypes.StringType),
        nullable(ORCID, DataTypes.StringType),
        required(AFFILIATION_INDEX, DataTypes.IntegerType),
        nullable(RAW_AFFILIATION, DataTypes.StringType),
        nullable(RAW_COUNTRY, DataTypes.StringType),
        nullable(SOURCE_INSTITUTION_IDS, arrayOf(DataTypes.StringType))});

    public static final StructType REJECTS = new StructType(new StructField[] {
        required(SOURCE, DataTypes.StringType),
        required(SOURCE_FILE, DataTypes.StringType),
        required(LOCATOR, DataTypes.StringType),
        required(REASON, DataTypes.StringType),
        required(MESSAGE, DataTypes.StringType),
        required(EXCERPT, DataTypes.StringType)});

    public static final StructType AFFILIATION_MATCHES = new StructType(new StructField[] {
        nullable(RAW_AFFILIATION, DataTypes.StringType),
        nullable(RAW_COUNTRY, DataTypes.StringType),
        required(NORMALIZED_AFFILIATION, DataTypes.StringType),
        required(INSTITUTION_IDS, arrayOf(DataTypes.StringType)),
        required(INSTITUTION_NAMES, arrayOf(DataTypes.StringType)),
        nullable(COUNTRY, DataTypes.StringType),
        required(COUNTRY_METHOD, DataTypes.StringType),
        nullable(COUNTRY_EVIDENCE, DataTypes.StringType),
        nullable(COUNTRY_REASON, DataTypes.StringType),
        required(SCORE, DataTypes.DoubleType),
        required(MATCH_METHOD, DataTypes.StringType),
        nullable(MATCH_REASON, DataTypes.StringType)});

    /**
     * Institutions that some authorship names: ROR institutions ({@code id} = full ROR URL) and provisional ones
     * clustered from unmatched strings ({@code id} = {@code cluster:<16 hex>}); {@code source} = ror | cluster.
     */
    public static final StructType INSTITUTIONS = new StructType(new StructField[] {
        required(ID, DataTypes.StringType),
        required(NAME, DataTypes.StringType),
        nullable(COUNTRY, DataTypes.StringType),
        required(INSTITUTION_SOURCE, DataTypes.StringType)});

    /** {@link #AUTHORSHIPS} plus the resolved country and institutions of the affiliation (empty: none). */
    public static final StructType AUTHORSHIPS_RESOLVED = AUTHORSHIPS
            .add(nullable(COUNTRY, DataTypes.StringType))
            .add(required(COUNTRY_METHOD, DataTypes.StringType))
            .add(nullable(COUNTRY_REASON, DataTypes.StringType))
            .add(required(INSTITUTION_IDS, arrayOf(DataTypes.StringType)));

    /** The ICT categories of papers: one row per (paper_id, category id of the taxonomy); a paper in none has none. */
    public static final StructType PAPER_CATEGORIES = new StructType(new StructField[] {
        required(PAPER_ID, DataTypes.StringType),
        required(CATEGORY, DataTypes.StringType)});

    /**
     * The graph stage's per-paper table: a paper's slices, its distinct resolved countries (sorted; empty when none
     * is known) and whether they are at least two. Papers without authorships are absent. Read by the uncertainty
     * and report stages instead of regrouping the authorships.
     */
    public static final StructType PAPER_COUNTRIES = new StructType(new StructField[] {
        required(PAPER_ID, DataTypes.StringType),
        nullable(YEAR, DataTypes.IntegerType),
        required(SLICES, DataTypes.createArrayType(DataTypes.StringType, true)),
        required(INTERNATIONAL, DataTypes.BooleanType),
        required(COUNTRIES, DataTypes.createArrayType(DataTypes.StringType, true))});

    /** Graph vertices in GraphFrames' model ({@code id}), partitioned by level and slice. */
    public static final StructType VERTICES = new StructType(new StructField[] {
        required(ID, DataTypes.StringType),
        nullable(COUNTRY, DataTypes.StringType),
        required(Columns.PAPERS, DataTypes.LongType),
        required(INTERNATIONAL_PAPERS, DataTypes.LongType),
        required(INTERNATIONAL_RATIO, DataTypes.DoubleType),
        required(LEVEL, DataTypes.StringType),
        required(SLICE, DataTypes.StringType)});

    /** Graph edges in GraphFrames' model ({@code src < dst}, {@code weight}), partitioned by level and slice. */
    public static final StructType EDGES = new StructType(new StructField[] {
        required(SRC, DataTypes.StringType),
        required(DST, DataTypes.StringType),
        required(WEIGHT, DataTypes.DoubleType),
        required(Columns.PAPERS, DataTypes.LongType),
        required(FRACTIONAL, DataTypes.DoubleType),
        nullable(INTERNATIONAL, DataTypes.BooleanType),
        required(LEVEL, DataTypes.StringType),
        required(SLICE, DataTypes.StringType)});

    /**
     * Centralities, one row per vertex, level and slice. {@code betweenness_samples / _epsilon / _delta} are null
     * when {@code betweenness_method} is {@code exact}.
     */
    public static final StructType METRICS = new StructType(new StructField[] {
        required(ID, DataTypes.StringType),
        nullable(COUNTRY, DataTypes.StringType),
        required(Columns.PAPERS, DataTypes.LongType),
        required(INTERNATIONAL_PAPERS, DataTypes.LongType),
        required(INTERNATIONAL_RATIO, DataTypes.DoubleType),
        required(DEGREE, DataTypes.IntegerType),
        required(STRENGTH, DataTypes.DoubleType),
        required(EIGENVECTOR, DataTypes.DoubleType),
        required(PAGERANK, DataTypes.DoubleType),
        required(BETWEENNESS, DataTypes.DoubleType),
        required(BETWEENNESS_METHOD, DataTypes.StringType),
        nullable(BETWEENNESS_SAMPLES, DataTypes.LongType),
        nullable(BETWEENNESS_EPSILON, DataTypes.DoubleType),
        nullable(BETWEENNESS_DELTA, DataTypes.DoubleType),
        required(EIGENVECTOR_CONVERGED, DataTypes.BooleanType),
        required(LEVEL, DataTypes.StringType),
        required(SLICE, DataTypes.StringType)});

    /**
     * Ground truth of a generated corpus, per paper (CSV with a header; see {@code CorpusWriter}): {@code formats},
     * {@code categories} and {@code countries} are lists separated by {@code |}.
     */
    public static final StructType GROUND_TRUTH_PAPERS = new StructType(new StructField[] {
        required(DOI, DataTypes.StringType), required(PAPER_INDEX, DataTypes.LongType),
        required(YEAR, DataTypes.IntegerType), required(FORMATS, DataTypes.StringType),
        required(CATEGORIES, DataTypes.StringType), required(INTERNATIONAL, DataTypes.BooleanType),
        required(COUNTRIES, DataTypes.StringType), required(N_AUTHORS, DataTypes.IntegerType)});

    /**
     * Ground truth of a generated corpus, per authorship; {@code institution_id} null for an institution no gazetteer
     * holds, {@code institution_key} the true institution's identity in every row (generator version 2 on).
     */
    public static final StructType GROUND_TRUTH_AUTHORSHIPS = new StructType(new StructField[] {
        required(DOI, DataTypes.StringType), required(PAPER_INDEX, DataTypes.LongType),
        required(AUTHOR_POSITION, DataTypes.IntegerType), required(AFFILIATION_INDEX, DataTypes.IntegerType),
        nullable(INSTITUTION_ID, DataTypes.StringType), required(COUNTRY, DataTypes.StringType),
        required(Columns.AFFILIATION, DataTypes.StringType), required(INSTITUTION_KEY, DataTypes.StringType)});

    /**
     * Bootstrap intervals, one row per level, slice, vertex and metric ({@code eigenvector}, {@code betweenness}):
     * the full-data {@code estimate} (the centrality stage's value), the replicates' {@code mean}, the percentile
     * interval {@code [ci_low, ci_high]}, the full-data {@code rank} (1 = highest, ties by id) and the percentile
     * interval of the rank {@code [rank_low, rank_high]}, from {@code replicates} replicates.
     */
    public static final StructType INTERVALS = new StructType(new StructField[] {
        required(LEVEL, DataTypes.StringType),
        required(SLICE, DataTypes.StringType),
        required(ID, DataTypes.StringType),
        required(METRIC, DataTypes.StringType),
        required(ESTIMATE, DataTypes.DoubleType),
        required(MEAN, DataTypes.DoubleType),
        required(CI_LOW, DataTypes.DoubleType),
        required(CI_HIGH, DataTypes.DoubleType),
        required(RANK, DataTypes.IntegerType),
        required(RANK_LOW, DataTypes.IntegerType),
        required(RANK_HIGH, DataTypes.IntegerType),
        required(REPLICATES, DataTypes.IntegerType)});
}
