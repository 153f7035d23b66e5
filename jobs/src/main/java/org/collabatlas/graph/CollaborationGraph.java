package org.collabatlas.graph;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.collabatlas.common.config.Settings.Graph.Counting;

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
    public static final String ALL = "all";
    public static final String YEAR_PREFIX = "year=";
    public static final String CATEGORY_PREFIX = "category=";
    /** Binary places of a fractional term: 2/(k(k-1)) is summed as an integer number of 2^-60 units. */
    static final int UNIT_BITS = 60;
    /** 2 in units of 2^-60. */
    static final long FRACTION_UNITS = 1L << (UNIT_BITS + 1);
    /** The units are summed in two longs, {@code units >> SPLIT_BITS} and the low {@code SPLIT_BITS} bits. */
    static final int SPLIT_BITS = 30;
    static final long UNIT_SPLIT = 1L << SPLIT_BITS;

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
            Dataset<Row> dict = ids.select(xxhash64(col("id")).as("h"), col("id"));
            boolean unique = dict.groupBy(col("h")).count().filter(col("count").gt(1)).isEmpty();
            if (!unique) {
                return new KeyedEdges(edges, false);
            }
            long n = dict.count();
            Dataset<Row> hashed = pairEdges(perPaper.withColumn("k", size(col("members"))), counting,
                    maxNodesPerPaper, true);
            Dataset<Row> srcIds = dict.select(col("h").as("src_h"), col("id").as("src"));
            Dataset<Row> dstIds = dict.select(col("h").as("dst_h"), col("id").as("dst"));
            if (n <= BROADCAST_MAX_IDS) {
                srcIds = broadcast(srcIds);
                dstIds = broadcast(dstIds);
            }
            Dataset<Row> out = hashed.join(srcIds, "src_h").join(dstIds, "dst_h")
                    .select(col("slice"), col("src"), col("dst"), col("papers"), col("international"),
                            col("fractional"), col("weight"));
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
        Dataset<Row> international = paperCountries.filter(col("country").isNotNull())
                .groupBy(col("paper_id")).agg(countDistinct(col("country")).geq(2).as("international"));
        return withSlices(papers.select(col("paper_id"), col("year")).join(international, "paper_id"), categories)
                .select(col("paper_id"), col("slices"), col("international"));
    }

    /**
     * {@code papers} (with {@code paper_id}, {@code year}) plus {@code slices}: {@code all}, {@code year=YYYY} when
     * the year is known, then {@code category=<c>} for each of the paper's categories, sorted.
     */
    private static Dataset<Row> withSlices(Dataset<Row> papers, Dataset<Row> categories) {
        Dataset<Row> base = papers.withColumn("slices", when(col("year").isNull(), array(lit(ALL)))
                .otherwise(array(lit(ALL), concat(lit(YEAR_PREFIX), col("year").cast("string")))));
        if (categories == null) {
            return base;
        }
        Dataset<Row> cats = categories.filter(col("category").isNotNull()).groupBy(col("paper_id"))
                .agg(array_sort(collect_set(concat(lit(CATEGORY_PREFIX), col("category")))).as("cats"));
        return base.join(cats, base.col("paper_id").equalTo(cats.col("paper_id")), "left").drop(cats.col("paper_id"))
                .withColumn("slices", when(col("cats").isNull(), col("slices"))
                        .otherwise(concat(col("slices"), col("cats"))))
                .drop("cats");
    }

    /**
     * The country-level shortcut used by tests and by the uncertainty stage: papers' slices are {@code all} and
     * their year, and a paper is international when its nodes are in at least two countries.
     *
     * @param paperNodes {@code paper_id}, {@code year}, {@code id}, {@code country}
     */
    public static Graph build(Dataset<Row> paperNodes, Counting counting) {
        Dataset<Row> papers = paperNodes.select(col("paper_id"), col("year")).dropDuplicates("paper_id");
        Dataset<Row> info = paperInfo(papers, paperNodes.select(col("paper_id"), col("country")), null);
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
        Dataset<Row> perPaper = paperNodes.filter(col("id").isNotNull()).groupBy(col("paper_id"))
                .agg(sort_array(collect_set(struct(col("id"), col("country")))).as("members"))
                .join(paperInfo, "paper_id")
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
        Dataset<Row> perPaper = cached.withColumn("k", size(col("members")));
        Dataset<Row> vertices = perPaper.select(col("slices"), col("international"), explode(col("members")).as("m"))
                .select(explode(col("slices")).as("slice"), col("m.id").as("id"), col("m.country").as("country"),
                        col("international"))
                // the country is a function of the id (see fromMembers), so it is a grouping key: with only
                // fixed-width buffers (no first(country), a string) Spark aggregates in a hash map instead of
                // sorting every (slice, id) row
                .groupBy(col("slice"), col("id"), col("country"))
                .agg(count(lit(1)).as("papers"),
                        sum(when(col("international"), 1).otherwise(0)).as("international_papers"))
                .withColumn("international_ratio", col("international_papers").divide(col("papers")));

        return new Graph(vertices, pairEdges(perPaper, counting, maxNodesPerPaper, false), cached, counting,
                maxNodesPerPaper);
    }

    /**
     * The edges of every slice from the per-paper lists ({@code members} sorted by id, {@code k} their number); with
     * {@code hashed}, keyed by {@code src_h}, {@code dst_h} (xxhash64 of the ids) instead of {@code src}, {@code dst}.
     */
    static Dataset<Row> pairEdges(Dataset<Row> perPaper, Counting counting, int maxNodesPerPaper, boolean hashed) {
        String src = hashed ? "src_h" : "src";
        String dst = hashed ? "dst_h" : "dst";
        java.util.function.Function<Column, Column> key = hashed ? id -> xxhash64(id) : id -> id;
        Column members = col("members");
        // pairs (members[i], members[j]) for i < j: members are sorted by id and distinct, so src < dst (also when
        // keyed by hashes: the pair is ordered by its ids, whatever its hashes)
        Column pairs = flatten(transform(members, (x, i) -> transform(slice(members, i.plus(2), col("k")),
                y -> struct(key.apply(x.getField("id")).as(src), key.apply(y.getField("id")).as(dst),
                        x.getField("country").notEqual(y.getField("country")).as("international")))));
        // a paper's fractional term 2/(k(k-1)) rounded to 60 binary places, as an integer count of 2^-60 units split
        // in two longs (units of 2^30 and the rest): both sums are exact integer sums, so the total is the same in
        // any order of rows and any partitioning gives bit-identical weights (a sum of doubles does not); and unlike
        // a DECIMAL(38,18) sum (BigDecimal arithmetic per row) they are plain long additions
        Column units = expr("(" + FRACTION_UNITS + "L + (cast(k as bigint) * (k - 1)) div 2)"
                + " div (cast(k as bigint) * (k - 1))");
        return perPaper.filter(col("k").geq(2).and(col("k").leq(maxNodesPerPaper)))
                .select(col("slices"), col("k"), explode(pairs).as("p"))
                .withColumn("units", units)
                .select(explode(col("slices")).as("slice"), col("units"), col("p." + src).as(src),
                        col("p." + dst).as(dst), col("p.international").as("international"))
                .groupBy(col("slice"), col(src), col(dst))
                .agg(count(lit(1)).as("papers"),
                        sum(shiftright(col("units"), SPLIT_BITS)).as("units_hi"),
                        sum(col("units").bitwiseAND(UNIT_SPLIT - 1)).as("units_lo"),
                        first(col("international"), true).as("international"))
                .withColumn("fractional", udf((org.apache.spark.sql.api.java.UDF2<Long, Long, Double>)
                                CollaborationGraph::fractional, DataTypes.DoubleType)
                        .apply(col("units_hi"), col("units_lo")))
                .drop("units_hi", "units_lo")
                .withColumn("weight", counting == Counting.FULL ? col("papers").cast("double") : col("fractional"));
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
            rows = authorships.select(col("paper_id"), col("country"));
            institution = lit(null).cast(DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("country", DataTypes.StringType, true)}));
        } else {
            // one country per institution id (the table has one row per id; min() makes a duplicate harmless)
            Dataset<Row> inst = institutions.groupBy(col("id").as("inst_id"))
                    .agg(min(col("country")).as("inst_country"));
            rows = authorships.select(col("paper_id"), col("country"),
                            explode_outer(col("institution_ids")).as("iid"))
                    .join(broadcast(inst), col("iid").equalTo(col("inst_id")), "left");
            institution = when(col("inst_id").isNotNull(),
                    struct(col("iid").as("id"), col("inst_country").as("country")));
        }
        Dataset<Row> nodes = rows.groupBy(col("paper_id"))
                .agg(array_sort(collect_set(col("country"))).as("countries"),
                        array_sort(collect_set(institution)).as("institutions"))
                .withColumn("international", size(col("countries")).geq(2));
        Dataset<Row> base = withSlices(papers.select(col("paper_id"), col("year")).join(nodes, "paper_id"),
                categories);
        return base.select(col("paper_id"), col("year"), col("slices"), col("international"), col("countries"),
                col("institutions"));
    }

    /** The country level's members ({@code id} = {@code country} = each country) of {@link #perPaperNodes}. */
    public static Dataset<Row> countryMembers(Dataset<Row> perPaperNodes) {
        return perPaperNodes.select(col("paper_id"), col("slices"), col("international"),
                transform(col("countries"), c -> struct(c.as("id"), c.as("country"))).as("members"));
    }

    /** The institution level's members of {@link #perPaperNodes}. */
    public static Dataset<Row> institutionMembers(Dataset<Row> perPaperNodes) {
        return perPaperNodes.select(col("paper_id"), col("slices"), col("international"),
                col("institutions").as("members"));
    }

    /**
     * The sum of fractional terms, (hi x 2^30 + lo) x 2^-60 (0 <= hi, lo < 2^62: a pair's hi grows by at most
     * 2^31 per paper), rounded once to the nearest double
     * (ties to even). No big-number arithmetic: the exact sum is at most 94 bits; when it does not fit in 63 bits
     * its top 63 bits are kept with a sticky bit for the rest, which leaves the one rounding of the long-to-double
     * conversion correct (a double has 53 bits), and scaling by a power of two is exact.
     */
    static Double fractional(Long hi, Long lo) {
        long v = hi + (lo >>> SPLIT_BITS);          // sum = v x 2^30 + r
        long r = lo & (UNIT_SPLIT - 1);
        long sumLo = (v << SPLIT_BITS) | r;         // the sum as 128 bits: sumHi x 2^64 + sumLo (unsigned)
        long sumHi = v >>> (64 - SPLIT_BITS);
        if (sumHi == 0 && sumLo >= 0) {
            return Math.scalb((double) sumLo, -UNIT_BITS);
        }
        int shift = 65 - Long.numberOfLeadingZeros(sumHi); // 1..31: leaves 63 bits
        long top = (sumHi << (64 - shift)) | (sumLo >>> shift);
        if ((sumLo & ((1L << shift) - 1)) != 0) {
            top |= 1;                                   // sticky
        }
        return Math.scalb((double) top, shift - UNIT_BITS);
    }

    /** {@code year=YYYY} of a year. */
    public static String yearSlice(int year) {
        return YEAR_PREFIX + year;
    }
}
