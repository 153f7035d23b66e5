package org.collabatlas.graph;

import static org.apache.spark.sql.functions.*;
import static org.collabatlas.schema.Columns.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.common.graph.FractionalUnits;
import org.collabatlas.common.graph.Slices;

/**
 * Builds a co-authorship graph in GraphFrames' data model from the nodes each paper involves.
 *
 * <p><b>Input</b>: the nodes, one row per paper and node, columns {@code paper_id}, {@code id} (the node: a
 * country code, an institution id, an author key) and {@code country} (the node's country; for the country level
 * the id itself); duplicate rows are ignored: a paper counts once per node however many of its authors are there.
 * And the papers ({@link #paperInfo}): {@code paper_id}, {@code slices} (the slices the paper belongs to) and
 * {@code international} (its authors are in at least two countries).
 *
 * <p><b>Definitions</b> (the study's, {@code ../shared/reference/README.md}), per slice ({@code all}, the whole
 * window; {@code year=YYYY}; {@code category=<id>}):
 * <ul>
 *   <li>{@code papers}: papers with at least one author at the node (full counting);</li>
 *   <li>{@code international_papers}: those of them that are international; {@code international_ratio} =
 *   international_papers / papers;</li>
 *   <li>an undirected edge joins two nodes that appear on the same paper ({@code src < dst}, one row per pair);
 *   {@code papers} on an edge counts those papers (full counting); {@code fractional} sums, over those papers,
 *   1 / (k(k-1)/2) for a paper with k nodes, so that every paper distributes a total weight of 1 over its pairs
 *   (each term rounded to 60 binary places and summed exactly as integers, so the value does not depend on
 *   partitioning; the exact sum is rounded once to the nearest double);
 *   {@code weight} is one or the other ({@code graph.counting});</li>
 *   <li>{@code international} on an edge: its two nodes are in different countries (null when a node's country is
 *   unknown). At the country level every edge is international, and only papers with at least two countries make
 *   edges.</li>
 * </ul>
 * A paper with a single node still counts in that node's {@code papers}; nodes with no edge are vertices of
 * degree 0. A paper with more than {@code maxNodesPerPaper} nodes makes no edges (the author level's cap on
 * hyper-authored papers) but still counts in its nodes' papers.
 */
public final class CollaborationGraph {
    /** Intermediate column: the number of nodes of a paper. */
    private static final String K = "k";
    /** Intermediate column: a paper's fractional term in 2^-60 units. */
    private static final String UNITS = "units";
    /** Intermediate column: xxhash64 of a node id. */
    private static final String HASH = "h";
    /** Intermediate column: a paper's category slices. */
    private static final String CATS = "cats";
    /** Intermediate column: the low bits of a pair's summed units. */
    private static final String UNITS_LO = "units_lo";
    /** Intermediate column: the high bits of a pair's summed units. */
    private static final String UNITS_HI = "units_hi";
    /** Intermediate column: xxhash64 of src. */
    private static final String SRC_HASH = "src_h";
    /** Intermediate column: xxhash64 of dst. */
    private static final String DST_HASH = "dst_h";
    /** Intermediate column: an institution id of the institutions table. */
    private static final String INST_ID = "inst_id";
    /** Intermediate column: an institution id of an authorship. */
    private static final String AFFILIATED_ID = "iid";
    /** Intermediate column: the institutions table's country of an institution. */
    private static final String INST_COUNTRY = "inst_country";
    /** Intermediate column: a pair struct. */
    private static final String PAIR = "p";
    /** Intermediate column: a member struct. */
    private static final String MEMBER = "m";

    private CollaborationGraph() {
    }

    /** At most this many node ids are broadcast to map hashed edge endpoints back (else a shuffle join does it). */
    static final long BROADCAST_MAX_IDS = 5_000_000;

    /**
     * Vertices and edges of one level, every slice; {@code perPaper} is the cached per-paper table both read.
     */
    public record Graph(Dataset<Row> vertices, Dataset<Row> edges, Dataset<Row> perPaper, Counting counting,
                        int maxNodesPerPaper) {
        /** Drops the cached per-paper table (after both vertices and edges are written). */
        public void release() {
            perPaper.unpersist();
        }

        /**
         * {@link #edges()}, aggregated on 64-bit hashes of the node ids instead of the ids themselves: fixed-width
         * keys (a string-keyed pair aggregation spent its time hashing and comparing ids such as
         * {@code https://ror.org/...} that share their first bytes) and half the shuffle. The endpoints are mapped
         * back through {@code ids}, every node id of the level (its {@code all} slice's vertices: every paper is in
         * {@code all}), when the hash is unique over them (checked: one aggregation over the ids); otherwise the
         * string-keyed {@link #edges()}. The same rows either way ({@code CollaborationGraphTest}).
         *
         * @param ids column {@code id}: the level's distinct node ids
         */
        public KeyedEdges edgesByHash(Dataset<Row> ids) {
            Dataset<Row> dict = ids.select(xxhash64(col(ID)).as(HASH), col(ID));
            boolean unique = dict.groupBy(col(HASH)).count().filter(col(COUNT).gt(1)).isEmpty();
            if (!unique) {
                return new KeyedEdges(edges, false);
            }
            long n = dict.count();
            Dataset<Row> hashed = pairEdges(perPaper.withColumn(K, size(col(MEMBERS))), counting,
                    maxNodesPerPaper, true);
            Dataset<Row> srcIds = dict.select(col(HASH).as(SRC_HASH), col(ID).as(SRC));
            Dataset<Row> dstIds = dict.select(col(HASH).as(DST_HASH), col(ID).as(DST));
            if (n <= BROADCAST_MAX_IDS) {
                srcIds = broadcast(srcIds);
                dstIds = broadcast(dstIds);
            }
            Dataset<Row> out = hashed.join(srcIds, SRC_HASH).join(dstIds, DST_HASH)
                    .select(col(SLICE), col(SRC), col(DST), col(PAPERS), col(INTERNATIONAL),
                            col(FRACTIONAL), col(WEIGHT));
            return new KeyedEdges(out, true);
        }
    }

    /** Edges and whether their aggregation was keyed by hashes ({@link Graph#edgesByHash}). */
    public record KeyedEdges(Dataset<Row> edges, boolean hashed) {
    }

    /**
     * Per paper: {@code paper_id}, {@code slices} ({@code all}, {@code year=YYYY} when the year is known,
     * {@code category=<c>} for each of its categories) and {@code international}.
     *
     * @param papers {@code paper_id}, {@code year}
     * @param paperCountries {@code paper_id}, {@code country}: the resolved countries of a paper's authorships
     * @param categories {@code paper_id}, {@code category}, or null when the classify stage did not run
     */
    public static Dataset<Row> paperInfo(Dataset<Row> papers, Dataset<Row> paperCountries, Dataset<Row> categories) {
        Dataset<Row> international = paperCountries.filter(col(COUNTRY).isNotNull())
                .groupBy(col(PAPER_ID)).agg(countDistinct(col(COUNTRY)).geq(2).as(INTERNATIONAL));
        return withSlices(papers.select(col(PAPER_ID), col(YEAR)).join(international, PAPER_ID), categories)
                .select(col(PAPER_ID), col(SLICES), col(INTERNATIONAL));
    }

    /**
     * {@code papers} (with {@code paper_id}, {@code year}) plus {@code slices}: {@code all}, {@code year=YYYY} when
     * the year is known, then {@code category=<c>} for each of the paper's categories, sorted.
     */
    private static Dataset<Row> withSlices(Dataset<Row> papers, Dataset<Row> categories) {
        Dataset<Row> base = papers.withColumn(SLICES, when(col(YEAR).isNull(), array(lit(Slices.ALL)))
                .otherwise(array(lit(Slices.ALL), concat(lit(Slices.YEAR_PREFIX), col(YEAR).cast("string")))));
        if (categories == null) {
            return base;
        }
        Dataset<Row> cats = categories.filter(col(CATEGORY).isNotNull()).groupBy(col(PAPER_ID))
                .agg(array_sort(collect_set(concat(lit(Slices.CATEGORY_PREFIX), col(CATEGORY)))).as(CATS));
        return base.join(cats, base.col(PAPER_ID).equalTo(cats.col(PAPER_ID)), "left").drop(cats.col(PAPER_ID))
                .withColumn(SLICES, when(col(CATS).isNull(), col(SLICES))
                        .otherwise(concat(col(SLICES), col(CATS))))
                .drop(CATS);
    }

    /**
     * The country-level shortcut used by tests and by the uncertainty stage: papers' slices are {@code all} and
     * their year, and a paper is international when its nodes are in at least two countries.
     *
     * @param paperNodes {@code paper_id}, {@code year}, {@code id}, {@code country}
     */
    public static Graph build(Dataset<Row> paperNodes, Counting counting) {
        Dataset<Row> papers = paperNodes.select(col(PAPER_ID), col(YEAR)).dropDuplicates(PAPER_ID);
        Dataset<Row> info = paperInfo(papers, paperNodes.select(col(PAPER_ID), col(COUNTRY)), null);
        return build(paperNodes, info, counting, Integer.MAX_VALUE);
    }

    /**
     * Builds the graph in one pass over each paper's node list: the nodes are grouped by paper once ({@code members},
     * distinct, sorted by id, with {@code k} = their number; a node's country must be a function of its id), joined to the papers' slices, and kept (memory, then disk) for
     * both the vertices and the edges; a paper's pairs are generated from its sorted list ({@code src < dst} by
     * construction), so no self-join of the authorships is needed. Call {@link Graph#release()} when both are
     * written.
     */
    public static Graph build(Dataset<Row> paperNodes, Dataset<Row> paperInfo, Counting counting,
                              int maxNodesPerPaper) {
        // one grouping by paper; collect_set drops a node's repeated rows (its country is a function of its id)
        Dataset<Row> perPaper = paperNodes.filter(col(ID).isNotNull()).groupBy(col(PAPER_ID))
                .agg(sort_array(collect_set(struct(col(ID), col(COUNTRY)))).as(MEMBERS))
                .join(paperInfo, PAPER_ID)
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        return fromMembers(perPaper, counting, maxNodesPerPaper);
    }

    /**
     * The graph of per-paper node lists: {@code perPaper} has, per paper, {@code members} (array of struct
     * {@code id}, {@code country}, sorted by id, ids distinct), {@code slices} and {@code international}. A node's
     * country is the same on every paper (a function of its id: the country itself, the institutions table's
     * country, an author's modal country); it may be null. Vertices
     * and edges both read it, so the caller keeps it cached; {@link Graph#release()} unpersists it. A paper's pairs
     * are generated from its sorted list ({@code src < dst} by construction): no self-join of the authorships.
     */
    public static Graph fromMembers(Dataset<Row> cached, Counting counting, int maxNodesPerPaper) {
        Dataset<Row> perPaper = cached.withColumn(K, size(col(MEMBERS)));
        Dataset<Row> vertices = perPaper.select(col(SLICES), col(INTERNATIONAL), explode(col(MEMBERS)).as(MEMBER))
                .select(explode(col(SLICES)).as(SLICE), col(MEMBER + "." + ID).as(ID), col(MEMBER + "." + COUNTRY).as(COUNTRY),
                        col(INTERNATIONAL))
                // the country is a function of the id (see fromMembers), so it is a grouping key: with only
                // fixed-width buffers (no first(country), a string) Spark aggregates in a hash map instead of
                // sorting every (slice, id) row
                .groupBy(col(SLICE), col(ID), col(COUNTRY))
                .agg(count(lit(1)).as(PAPERS),
                        sum(when(col(INTERNATIONAL), 1).otherwise(0)).as(INTERNATIONAL_PAPERS))
                .withColumn(INTERNATIONAL_RATIO, col(INTERNATIONAL_PAPERS).divide(col(PAPERS)));

        return new Graph(vertices, pairEdges(perPaper, counting, maxNodesPerPaper, false), cached, counting,
                maxNodesPerPaper);
    }

    /**
     * The edges of every slice from the per-paper lists ({@code members} sorted by id, {@code k} their number); with
     * {@code hashed}, keyed by {@code src_h}, {@code dst_h} (xxhash64 of the ids) instead of {@code src}, {@code dst}.
     */
    static Dataset<Row> pairEdges(Dataset<Row> perPaper, Counting counting, int maxNodesPerPaper, boolean hashed) {
        String src = hashed ? SRC_HASH : SRC;
        String dst = hashed ? DST_HASH : DST;
        java.util.function.Function<Column, Column> key = hashed ? id -> xxhash64(id) : id -> id;
        Column members = col(MEMBERS);
        // pairs (members[i], members[j]) for i < j: members are sorted by id and distinct, so src < dst (also when
        // keyed by hashes: the pair is ordered by its ids, whatever its hashes)
        Column pairs = flatten(transform(members, (x, i) -> transform(slice(members, i.plus(2), col(K)),
                y -> struct(key.apply(x.getField(ID)).as(src), key.apply(y.getField(ID)).as(dst),
                        x.getField(COUNTRY).notEqual(y.getField(COUNTRY)).as(INTERNATIONAL)))));
        // a paper's fractional term 2/(k(k-1)) rounded to 60 binary places, as an integer count of 2^-60 units split
        // in two longs (units of 2^30 and the rest): both sums are exact integer sums, so the total is the same in
        // any order of rows and any partitioning gives bit-identical weights (a sum of doubles does not); and unlike
        // a DECIMAL(38,18) sum (BigDecimal arithmetic per row) they are plain long additions
        Column units = expr("(" + FractionalUnits.FRACTION_UNITS + "L + (cast(k as bigint) * (k - 1)) div 2)"
                + " div (cast(k as bigint) * (k - 1))");
        return perPaper.filter(col(K).geq(2).and(col(K).leq(maxNodesPerPaper)))
                .select(col(SLICES), col(K), explode(pairs).as(PAIR))
                .withColumn(UNITS, units)
                .select(explode(col(SLICES)).as(SLICE), col(UNITS), col(PAIR + "." + src).as(src),
                        col(PAIR + "." + dst).as(dst), col(PAIR + "." + INTERNATIONAL).as(INTERNATIONAL))
                .groupBy(col(SLICE), col(src), col(dst))
                .agg(count(lit(1)).as(PAPERS),
                        sum(shiftright(col(UNITS), FractionalUnits.SPLIT_BITS)).as(UNITS_HI),
                        sum(col(UNITS).bitwiseAND(FractionalUnits.UNIT_SPLIT - 1)).as(UNITS_LO),
                        first(col(INTERNATIONAL), true).as(INTERNATIONAL))
                .withColumn(FRACTIONAL, udf((org.apache.spark.sql.api.java.UDF2<Long, Long, Double>)
                                (hi, lo) -> FractionalUnits.toDouble(hi, lo), DataTypes.DoubleType)
                        .apply(col(UNITS_HI), col(UNITS_LO)))
                .drop(UNITS_HI, UNITS_LO)
                .withColumn(WEIGHT, counting == Counting.FULL ? col(PAPERS).cast("double") : col(FRACTIONAL));
    }

    /**
     * The country and institution levels' per-paper table in one grouping of the authorships (instead of one per
     * level): {@code paper_id}, {@code slices}, {@code international} (at least two distinct countries),
     * {@code countries} (the distinct non-null countries, sorted) and {@code institutions} (struct {@code id},
     * {@code country}: the distinct institutions found in {@code institutions}, with that table's country, sorted
     * by id; empty when {@code institutions} is null). Papers without authorships are absent.
     *
     * @param authorships {@code paper_id}, {@code country}, {@code institution_ids}
     * @param institutions {@code id}, {@code country}, or null (no institution level)
     * @param papers {@code paper_id}, {@code year}
     * @param categories {@code paper_id}, {@code category}, or null when the classify stage did not run
     */
    public static Dataset<Row> perPaperNodes(Dataset<Row> authorships, Dataset<Row> institutions,
                                             Dataset<Row> papers, Dataset<Row> categories) {
        Dataset<Row> rows;
        Column institution;
        if (institutions == null) {
            rows = authorships.select(col(PAPER_ID), col(COUNTRY));
            institution = lit(null).cast(DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
                DataTypes.createStructField(ID, DataTypes.StringType, true),
                DataTypes.createStructField(COUNTRY, DataTypes.StringType, true)}));
        } else {
            // one country per institution id (the table has one row per id; min() makes a duplicate harmless)
            Dataset<Row> inst = institutions.groupBy(col(ID).as(INST_ID))
                    .agg(min(col(COUNTRY)).as(INST_COUNTRY));
            rows = authorships.select(col(PAPER_ID), col(COUNTRY),
                            explode_outer(col(INSTITUTION_IDS)).as(AFFILIATED_ID))
                    .join(broadcast(inst), col(AFFILIATED_ID).equalTo(col(INST_ID)), "left");
            institution = when(col(INST_ID).isNotNull(),
                    struct(col(AFFILIATED_ID).as(ID), col(INST_COUNTRY).as(COUNTRY)));
        }
        Dataset<Row> nodes = rows.groupBy(col(PAPER_ID))
                .agg(array_sort(collect_set(col(COUNTRY))).as(COUNTRIES),
                        array_sort(collect_set(institution)).as(INSTITUTIONS))
                .withColumn(INTERNATIONAL, size(col(COUNTRIES)).geq(2));
        Dataset<Row> base = withSlices(papers.select(col(PAPER_ID), col(YEAR)).join(nodes, PAPER_ID),
                categories);
        return base.select(col(PAPER_ID), col(YEAR), col(SLICES), col(INTERNATIONAL), col(COUNTRIES),
                col(INSTITUTIONS));
    }

    /** The country level's members ({@code id} = {@code country} = each country) of {@link #perPaperNodes}. */
    public static Dataset<Row> countryMembers(Dataset<Row> perPaperNodes) {
        return perPaperNodes.select(col(PAPER_ID), col(SLICES), col(INTERNATIONAL),
                transform(col(COUNTRIES), c -> struct(c.as(ID), c.as(COUNTRY))).as(MEMBERS));
    }

    /** The institution level's members of {@link #perPaperNodes}. */
    public static Dataset<Row> institutionMembers(Dataset<Row> perPaperNodes) {
        return perPaperNodes.select(col(PAPER_ID), col(SLICES), col(INTERNATIONAL),
                col(INSTITUTIONS).as(MEMBERS));
    }

}
