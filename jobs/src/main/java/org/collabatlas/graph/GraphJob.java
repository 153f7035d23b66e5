package org.collabatlas.graph;

import static org.apache.spark.sql.functions.*;
import static org.collabatlas.schema.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.common.author.AuthorKey;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.config.Settings.Graph.Level;
import org.collabatlas.common.graph.Slices;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;
import org.collabatlas.sql.SortPrefix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code collab-atlas graph}: co-authorship graphs in GraphFrames' data model ({@link CollaborationGraph}), written
 * as one {@code vertices} and one {@code edges} table partitioned by {@code level} and {@code slice}.
 * <ul>
 *   <li>{@code country}: nodes are the resolved countries of the authorships; authorships whose country is
 *   unknown make no node, and a paper none of whose authorships has a country is in no vertex;</li>
 *   <li>{@code institution}: nodes are the resolved institutions of the authorships ({@code institution_ids}: ROR
 *   ids and provisional {@code cluster:} ids), with the institution's country from the resolve stage's
 *   {@code institutions} table; edges carry {@code international} (domestic pairs are edges too). Built when the
 *   resolve stage wrote institutions;</li>
 *   <li>{@code author}: nodes are authors ({@link AuthorKey}: ORCID, else source author id, else normalised name
 *   at the first resolved institution); a vertex's country is the country of most of its authorships (ties: the
 *   smallest code). Whole window only; papers with more than {@code graph.author.max-authors} authors make no
 *   edges.</li>
 * </ul>
 * Slices: {@code all}, {@code year=YYYY} and, when the run has {@code classify/paper_categories},
 * {@code category=<id>}. A paper is international when its resolved authorships are in at least two countries; this
 * one paper-level flag is used at every level (a paper with fewer than two known countries is not international).
 * A paper none of whose authorships has a known country is still a paper of its institutions and authors.
 *
 * <p>Also writes {@code paper_countries} ({@link Schemas#PAPER_COUNTRIES}): each paper's slices and country set,
 * the one grouping of the authorships by paper that the country and institution levels, the uncertainty stage and
 * the report share.
 */
public final class GraphJob implements Stage {
    /** Working columns of the author level: an authorship's own identity key, when it has one. */
    private static final String IDENTITY = "identity";
    /** ... a name-keyed author's first institution and first country on the paper. */
    private static final String FIRST_INSTITUTION = "institution";
    private static final String FIRST_COUNTRY = "first_country";
    /** ... an author's authorship rows, and the hash prefix of the author key (see {@link SortPrefix}). */
    private static final String ROWS = "rows";
    private static final String AUTHOR_HASH = "author_hash";
    /** The kind of an author key ({@code orcid}, {@code source}, {@code name}: its prefix), for the counts. */
    private static final String KIND = "kind";
    private static final Logger LOG = LoggerFactory.getLogger(GraphJob.class);

    @Override
    public StageId id() {
        return StageId.GRAPH;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.PAPERS, Table.AUTHORSHIPS_RESOLVED, Table.INSTITUTIONS);
    }

    @Override
    public Set<Table> readsIfPresent() {
        return Set.of(Table.PAPER_CATEGORIES);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.VERTICES, Table.EDGES, Table.PAPER_COUNTRIES);
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.config().graph(), ctx.inputStage(StageId.INGEST), ctx.inputStage(StageId.RESOLVE),
                ctx.inputIfPresent(Table.PAPER_CATEGORIES), ctx.dir(), ctx.report());
    }

    /**
     * @param categoriesPath the classify stage's {@link Table#PAPER_CATEGORIES}, or null when the run has none (then
     *     no category slices)
     */
    public static void run(SparkSession spark, Settings.Graph settings, String ingestDir, String resolveDir,
                           String categoriesPath, String stageDir, StageReport report) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS).parquet(Table.PAPERS.in(ingestDir))
                .select(col(PAPER_ID), col(YEAR));
        // read twice (per-paper node lists, author keys), each time only the columns it needs
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS_RESOLVED)
                .parquet(Table.AUTHORSHIPS_RESOLVED.in(resolveDir));
        Dataset<Row> categories = null;
        if (categoriesPath != null && HadoopFiles.exists(hadoop, categoriesPath)) {
            categories = spark.read().schema(Schemas.PAPER_CATEGORIES).parquet(categoriesPath);
        }
        Map<String, Object> skipped = new TreeMap<>();
        Dataset<Row> institutions = null;
        if (settings.levels().contains(Level.INSTITUTION)) {
            String path = Table.INSTITUTIONS.in(resolveDir);
            if (HadoopFiles.exists(hadoop, path)) {
                institutions = spark.read().schema(Schemas.INSTITUTIONS).parquet(path).select(col(ID), col(COUNTRY));
            } else {
                skipped.put(Level.INSTITUTION.id(), "the resolve stage wrote no institutions table");
                LOG.warn("graph level institution skipped: no {}", path);
            }
        }
        // the country and institution levels (and the author level's paper flags) from one grouping by paper
        Dataset<Row> perPaper = CollaborationGraph.perPaperNodes(
                authorships.select(col(PAPER_ID), col(COUNTRY), col(INSTITUTION_IDS)), institutions, papers,
                categories).persist(StorageLevel.MEMORY_AND_DISK());
        report.step("group authorships by paper and write " + Table.PAPER_COUNTRIES.dirName(), () -> perPaper
                .select(Schemas.columns(Schemas.PAPER_COUNTRIES)).sortWithinPartitions(PAPER_ID)
                .write().mode(SaveMode.ErrorIfExists).parquet(Table.PAPER_COUNTRIES.in(stageDir)));
        Dataset<Row> wholeWindow = perPaper.select(col(PAPER_ID), array(lit(Slices.ALL)).as(SLICES),
                col(INTERNATIONAL));

        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, String> edgeKeys = new TreeMap<>();
        counts.put("counting", settings.counting().name().toLowerCase(Locale.ROOT));
        counts.put("category_slices", categories != null);
        for (Level level : settings.levels()) {
            switch (level) {
                case COUNTRY -> write(level, CollaborationGraph.fromMembers(
                        CollaborationGraph.countryMembers(perPaper), settings.counting(), Integer.MAX_VALUE),
                        stageDir, report, true, edgeKeys);
                case INSTITUTION -> {
                    if (institutions == null) {
                        continue;
                    }
                    write(level, CollaborationGraph.fromMembers(
                            CollaborationGraph.institutionMembers(perPaper), settings.counting(), Integer.MAX_VALUE),
                            stageDir, report, true, edgeKeys);
                }
                case AUTHOR -> {
                    CollaborationGraph.Graph g = CollaborationGraph.build(authorNodes(authorships), wholeWindow,
                            settings.counting(), settings.authorMaxAuthors());
                    write(level, g, stageDir, report, false, edgeKeys);
                    // from what was computed anyway: the cached per-paper author lists and the written vertices
                    counts.put("papers_over_author_cap", g.perPaper().filter(size(col(MEMBERS))
                            .gt(settings.authorMaxAuthors())).count());
                    g.release();
                    List<Row> kinds = spark.read().schema(Schemas.VERTICES).parquet(Table.VERTICES.in(stageDir)).filter(col(LEVEL).equalTo(level.id())
                                    .and(col(SLICE).equalTo(Slices.ALL)))
                            .groupBy(substring_index(col(ID), ":", 1).as(KIND)).count().collectAsList();
                    Map<String, Long> byKind = new TreeMap<>();
                    kinds.forEach(r -> byKind.put(r.getString(0), r.getLong(1)));
                    counts.put("author_keys_by_kind", byKind);
                }
                default -> throw new IllegalStateException(level.toString());
            }
        }
        perPaper.unpersist();

        Dataset<Row> v = spark.read().schema(Schemas.VERTICES).parquet(Table.VERTICES.in(stageDir));
        Dataset<Row> e = spark.read().schema(Schemas.EDGES).parquet(Table.EDGES.in(stageDir));
        counts.put("vertices", bySlice(v.groupBy(col(LEVEL), col(SLICE)).agg(count(lit(1))).collectAsList()));
        counts.put("edges", bySlice(e.groupBy(col(LEVEL), col(SLICE)).agg(count(lit(1))).collectAsList()));
        Map<String, Long> international = new TreeMap<>();
        e.filter(col(LEVEL).equalTo(Level.INSTITUTION.id()).and(col(SLICE).equalTo(Slices.ALL)))
                .groupBy(col(INTERNATIONAL)).count().collectAsList()
                .forEach(r -> international.put(r.isNullAt(0) ? "unknown" : r.getBoolean(0) ? "international"
                        : "domestic", r.getLong(1)));
        if (!international.isEmpty()) {
            counts.put("institution_edges_all", international);
        }
        counts.put("edge_keys", edgeKeys);
        if (!skipped.isEmpty()) {
            counts.put("levels_skipped", skipped);
        }
        report.counts(counts);
    }

    /**
     * Author nodes: one row per paper and author ({@code paper_id}, {@code id} = {@link AuthorKey}, {@code country}
     * = the author's modal country: {@link AuthorKey#modalCountry} over one entry per authorship and distinct known
     * country). The authorships carry their paper's {@code source}, so no join with the papers is needed.
     *
     * <p>An authorship's key is usually an identity of one row ({@link AuthorKey#identity}: its ORCID, or its
     * source's author id; the same on every affiliation row of the authorship): those rows go straight to the
     * grouping by author. Only name keys depend on the authorship's rows together (the lowest first institution over
     * its affiliations, else the lowest country): those authorships alone are grouped by (paper, position) first.
     * (Grouping every authorship that way was the author level's most expensive step: 8.1M rows at 1.77M papers.)
     */
    static Dataset<Row> authorNodes(Dataset<Row> authorships) {
        UDF3<String, String, String, String> identity = AuthorKey::identity;
        Dataset<Row> keyed = authorships.withColumn(IDENTITY, udf(identity, DataTypes.StringType)
                .apply(col(SOURCE), col(ORCID), col(SOURCE_AUTHOR_ID)));
        Dataset<Row> byIdentity = keyed.filter(col(IDENTITY).isNotNull())
                .select(col(PAPER_ID), col(AUTHOR_POSITION), col(IDENTITY).as(AUTHOR_ID), col(COUNTRY));
        UDF6<String, String, String, String, String, String, String> key = AuthorKey::of;
        Dataset<Row> byName = keyed.filter(col(IDENTITY).isNull())
                .groupBy(col(PAPER_ID), col(AUTHOR_POSITION))
                .agg(min(col(SOURCE)).as(SOURCE), min(col(ORCID)).as(ORCID), min(col(SOURCE_AUTHOR_ID))
                                .as(SOURCE_AUTHOR_ID), min(col(AUTHOR_NAME)).as(AUTHOR_NAME),
                        min(element_at(array_sort(col(INSTITUTION_IDS)), 1)).as(FIRST_INSTITUTION),
                        min(col(COUNTRY)).as(FIRST_COUNTRY),
                        collect_set(col(COUNTRY)).as(COUNTRIES))
                .withColumn(AUTHOR_ID, udf(key, DataTypes.StringType).apply(col(SOURCE), col(ORCID),
                        col(SOURCE_AUTHOR_ID), col(AUTHOR_NAME), col(FIRST_INSTITUTION), col(FIRST_COUNTRY)))
                .filter(col(AUTHOR_ID).isNotNull())
                // one row per distinct known country of the authorship, or one with none
                .select(col(PAPER_ID), col(AUTHOR_POSITION), col(AUTHOR_ID), explode_outer(col(COUNTRIES))
                        .as(COUNTRY));
        // the modal country is computed before the explode: a projection written beside explode() runs after it,
        // once per exploded row, and would carry the author's whole country list into every row (quadratic in an
        // author's papers)
        UDF1<scala.collection.Seq<String>, String> modal = countries -> AuthorKey.modalCountry(
                scala.collection.JavaConverters.seqAsJavaList(countries));
        Column rows = col(ROWS);
        // one entry per authorship (paper, position) and distinct known country: an authorship with two
        // affiliations in one country counts once
        Column countries = transform(array_distinct(filter(rows, r -> r.getField(COUNTRY).isNotNull())),
                r -> r.getField(COUNTRY));
        // the collect_list aggregation sorts by its keys once its hash map is full: see SortPrefix
        return byIdentity.unionByName(byName)
                .groupBy(SortPrefix.of(col(AUTHOR_ID)).as(AUTHOR_HASH), col(AUTHOR_ID))
                .agg(collect_list(struct(col(PAPER_ID), col(AUTHOR_POSITION), col(COUNTRY))).as(ROWS))
                .select(col(AUTHOR_ID), array_distinct(transform(rows, r -> r.getField(PAPER_ID))).as(PAPERS),
                        udf(modal, DataTypes.StringType).apply(countries).as(COUNTRY))
                .select(explode(col(PAPERS)).as(PAPER_ID), col(AUTHOR_ID).as(ID), col(COUNTRY));
    }

    /**
     * Writes one level in the aggregation's own partitions (a hash of slice and id, so deterministic), each file
     * sorted by slice and id: no range repartition, which cost a sampling job that ran the final aggregation a second
     * time, one more shuffle of every row, and a linear search of the range bounds per row. A slice is then spread
     * over as many files as the aggregation has partitions after adaptive coalescing (a handful per slice at 1.77M).
     */
    private static void write(Level level, CollaborationGraph.Graph g, String stageDir, StageReport report,
                              boolean release, Map<String, String> edgeKeys) {
        report.step("build and write " + level.id() + " vertices", () -> g.vertices()
                .withColumn(LEVEL, lit(level.id())).select(Schemas.columns(Schemas.VERTICES))
                .sortWithinPartitions(LEVEL, SLICE, ID)
                .write().mode(SaveMode.Append).partitionBy(LEVEL, SLICE)
                .parquet(Table.VERTICES.in(stageDir)));
        // the edges aggregated on hashes of the node ids, mapped back through the ids just written (slice all)
        Dataset<Row> ids = SparkSession.active().read().schema(Schemas.VERTICES)
                .parquet(Table.VERTICES.in(stageDir))
                .filter(col(LEVEL).equalTo(level.id()).and(col(SLICE).equalTo(Slices.ALL))).select(col(ID));
        CollaborationGraph.KeyedEdges keyed = report.step("check the " + level.id() + " edge keys",
                () -> g.edgesByHash(ids));
        edgeKeys.put(level.id(), keyed.hashed() ? "hashed" : "strings");
        report.step("build and write " + level.id() + " edges", () -> keyed.edges()
                .withColumn(LEVEL, lit(level.id())).select(Schemas.columns(Schemas.EDGES))
                .sortWithinPartitions(LEVEL, SLICE, SRC, DST)
                .write().mode(SaveMode.Append).partitionBy(LEVEL, SLICE)
                .parquet(Table.EDGES.in(stageDir)));
        if (release) {
            g.release();
        }
    }

    private static Map<String, Long> bySlice(List<Row> rows) {
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.getString(0) + "/" + r.getString(1), r.getLong(2)));
        return out;
    }
}
