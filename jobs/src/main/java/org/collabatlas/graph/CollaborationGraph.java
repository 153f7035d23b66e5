package org.collabatlas.graph;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 *   1 / (k(k-1)/2) for a paper with k nodes, so that every paper distributes a total weight of 1 over its pairs;
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

    private CollaborationGraph() {
    }

    /** Vertices and edges of one level, every slice. */
    public record Graph(Dataset<Row> vertices, Dataset<Row> edges) {
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
        Dataset<Row> base = papers.select(col("paper_id"), col("year"))
                .join(international, "paper_id")
                .withColumn("slices", when(col("year").isNull(), array(lit(ALL)))
                        .otherwise(array(lit(ALL), concat(lit(YEAR_PREFIX), col("year").cast("string")))));
        if (categories != null) {
            Dataset<Row> cats = categories.filter(col("category").isNotNull()).groupBy(col("paper_id"))
                    .agg(array_sort(collect_set(concat(lit(CATEGORY_PREFIX), col("category")))).as("cats"));
            base = base.join(cats, base.col("paper_id").equalTo(cats.col("paper_id")), "left")
                    .select(base.col("paper_id"), base.col("international"),
                            when(cats.col("cats").isNull(), base.col("slices"))
                                    .otherwise(concat(base.col("slices"), cats.col("cats"))).as("slices"));
        }
        return base.select(col("paper_id"), col("slices"), col("international"));
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

    public static Graph build(Dataset<Row> paperNodes, Dataset<Row> paperInfo, Counting counting,
                              int maxNodesPerPaper) {
        Dataset<Row> nodes = paperNodes.select(col("paper_id"), col("id"), col("country"))
                .filter(col("id").isNotNull()).dropDuplicates("paper_id", "id");
        Dataset<Row> perPaper = nodes.groupBy(col("paper_id")).agg(count(lit(1)).as("k"));
        Dataset<Row> sliced = nodes.join(perPaper, "paper_id").join(paperInfo, "paper_id")
                .withColumn("slice", explode(col("slices"))).drop("slices");

        Dataset<Row> vertices = sliced.groupBy(col("slice"), col("id"))
                .agg(first(col("country"), true).as("country"),
                        count(lit(1)).as("papers"),
                        sum(when(col("international"), 1).otherwise(0)).as("international_papers"))
                .withColumn("international_ratio", col("international_papers").divide(col("papers")));

        Dataset<Row> a = sliced.filter(col("k").geq(2).and(col("k").leq(maxNodesPerPaper)))
                .select(col("paper_id"), col("slice"), col("k"), col("id").as("src"),
                        col("country").as("src_country"));
        Dataset<Row> b = nodes.join(perPaper, "paper_id").filter(col("k").geq(2).and(col("k").leq(maxNodesPerPaper)))
                .select(col("paper_id").as("b_paper"), col("id").as("dst"), col("country").as("dst_country"));
        Dataset<Row> pairs = a.join(b, a.col("paper_id").equalTo(b.col("b_paper")).and(a.col("src").lt(b.col("dst"))));
        Dataset<Row> edges = pairs.groupBy(col("slice"), col("src"), col("dst"))
                .agg(count(lit(1)).as("papers"),
                        sum(lit(2.0).divide(col("k").multiply(col("k").minus(1)))).as("fractional"),
                        first(col("src_country").notEqual(col("dst_country")), true).as("international"))
                .withColumn("weight", counting == Counting.FULL ? col("papers").cast("double") : col("fractional"));
        return new Graph(vertices, edges);
    }

    /** {@code year=YYYY} of a year. */
    public static String yearSlice(int year) {
        return YEAR_PREFIX + year;
    }
}
