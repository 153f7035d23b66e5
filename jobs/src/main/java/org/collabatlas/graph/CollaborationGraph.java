package org.collabatlas.graph;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.common.config.Settings.Graph.Counting;

/**
 * Builds a co-authorship graph in GraphFrames' data model from the nodes each paper involves.
 *
 * <p><b>Input</b>: one row per paper and node, columns {@code paper_id}, {@code year}, {@code id} (the node: a
 * country code, an institution id) and {@code country} (the node's country; for the country level the id itself).
 * Duplicate rows are ignored: a paper counts once per node however many of its authors are there.
 *
 * <p><b>Definitions</b> (the study's, {@code ../shared/reference/README.md}), per slice (the whole window
 * {@code all}, and {@code year=YYYY}):
 * <ul>
 *   <li>{@code papers}: papers with at least one author at the node (full counting);</li>
 *   <li>{@code international_papers}: those of them with authors in at least two countries;
 *   {@code international_ratio} = international_papers / papers;</li>
 *   <li>an undirected edge joins two nodes that appear on the same paper ({@code src < dst}, one row per pair);
 *   {@code papers} on an edge counts those papers (full counting); {@code fractional} sums, over those papers,
 *   1 / (k(k-1)/2) for a paper with k nodes, so that every paper distributes a total weight of 1 over its pairs;
 *   {@code weight} is one or the other ({@code graph.counting});</li>
 *   <li>{@code international} on an edge: its two nodes are in different countries. At the country level every
 *   edge is international, and only papers with at least two countries make edges.</li>
 * </ul>
 * A paper with a single node still counts in that node's {@code papers}; nodes with no edge are vertices of
 * degree 0.
 */
public final class CollaborationGraph {
    public static final String ALL = "all";

    private CollaborationGraph() {
    }

    /** Vertices and edges of one level, every slice. */
    public record Graph(Dataset<Row> vertices, Dataset<Row> edges) {
    }

    public static Graph build(Dataset<Row> paperNodes, Counting counting) {
        Dataset<Row> nodes = paperNodes.select(col("paper_id"), col("year"), col("id"), col("country"))
                .filter(col("id").isNotNull()).dropDuplicates("paper_id", "id");
        Dataset<Row> perPaper = nodes.groupBy(col("paper_id"))
                .agg(countDistinct(col("id")).as("k"), countDistinct(col("country")).as("countries"));
        Dataset<Row> sliced = nodes.join(perPaper, "paper_id")
                .withColumn("slice", explode(slices(col("year"))));

        Dataset<Row> vertices = sliced.groupBy(col("slice"), col("id"))
                .agg(first(col("country"), true).as("country"),
                        count(lit(1)).as("papers"),
                        sum(when(col("countries").geq(2), 1).otherwise(0)).as("international_papers"))
                .withColumn("international_ratio", col("international_papers").divide(col("papers")));

        Dataset<Row> a = sliced.filter(col("k").geq(2)).select(col("paper_id"), col("slice"), col("k"),
                col("id").as("src"), col("country").as("src_country"));
        Dataset<Row> b = nodes.select(col("paper_id").as("b_paper"), col("id").as("dst"),
                col("country").as("dst_country"));
        Dataset<Row> pairs = a.join(b, a.col("paper_id").equalTo(b.col("b_paper")).and(a.col("src").lt(b.col("dst"))));
        Dataset<Row> edges = pairs.groupBy(col("slice"), col("src"), col("dst"))
                .agg(count(lit(1)).as("papers"),
                        sum(lit(2.0).divide(col("k").multiply(col("k").minus(1)))).as("fractional"),
                        first(col("src_country").notEqual(col("dst_country")), true).as("international"))
                .withColumn("weight", counting == Counting.FULL ? col("papers").cast("double") : col("fractional"));
        return new Graph(vertices, edges);
    }

    private static Column slices(Column year) {
        return when(year.isNull(), array(lit(ALL))).otherwise(array(lit(ALL), concat(lit("year="), year.cast("string"))));
    }
}
