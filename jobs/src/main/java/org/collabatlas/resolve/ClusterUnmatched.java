package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.collabatlas.common.affiliation.match.ClusterKeys;
import org.collabatlas.schema.Schemas;

/**
 * Provisional institutions for the strings no ROR institution matched (match reasons {@code no_candidate},
 * {@code below_threshold}, {@code ambiguous}, {@code country_conflict}; empty and garbage strings are not
 * institutions), as {@link ClusterKeys} defines them: nodes are distinct (normalised string, country), candidate
 * pairs come from shared blocking keys (blocks over {@link ClusterKeys#MAX_BLOCK} skipped), similar pairs are edges,
 * and the connected components are found by a union-find over the collected edges on the driver (edges are few:
 * only similar pairs inside small blocks). Each component's name is its most frequent raw string (authorships
 * summed over the component's rows of that string; ties by the smallest string) cut to the institution's words by
 * {@link ClusterKeys#displayName}. Each component's id, representative and name do not depend on partitioning.
 */
final class ClusterUnmatched {
    static final String NODE = "node";
    static final String ROOT = "root";
    static final String ASSIGNED_NODE = "assigned_node";
    static final String CLUSTER_ID = "cluster_id";
    static final String CLUSTER_NAME = "cluster_name";
    private static final String SEP = "\u0001";

    /** The clustered matches and the provisional institutions. */
    record Result(Dataset<Row> matches, Dataset<Row> institutions, long clusters, long edges) {
    }

    private ClusterUnmatched() {
    }

    /**
     * @param matches the matches of distinct (raw_affiliation, raw_country) rows ({@link Schemas#AFFILIATION_MATCHES})
     * @param counts  the same rows with their authorship count: raw_affiliation, raw_country, {@code count}
     */
    static Result apply(SparkSession spark, Dataset<Row> matches, Dataset<Row> counts) {
        Dataset<Row> withNode = matches.withColumn(NODE, when(size(col(INSTITUTION_IDS)).equalTo(0)
                .and(col(MATCH_REASON).isin("no_candidate", "below_threshold", "ambiguous", "country_conflict")),
                concat_ws(SEP, coalesce(col(COUNTRY), lit("--")), col(NORMALIZED_AFFILIATION))));
        Dataset<Row> nodes = withNode.filter(col(NODE).isNotNull()).select(col(NODE)).distinct();

        StructType keyed = new StructType().add("key", DataTypes.StringType).add(NODE, DataTypes.StringType);
        Dataset<Row> keys = nodes.flatMap((FlatMapFunction<Row, Row>) r -> {
            String node = r.getString(0);
            int s = node.indexOf(SEP);
            String cc = node.substring(0, s);
            List<Row> out = new ArrayList<>();
            for (String k : ClusterKeys.blockingKeys(node.substring(s + 1), cc)) {
                out.add(RowFactory.create(k, node));
            }
            return out.iterator();
        }, Encoders.row(keyed));
        Dataset<Row> blocks = keys.groupBy(col("key")).agg(collect_list(col(NODE)).as("members"))
                .filter(size(col("members")).between(2, ClusterKeys.MAX_BLOCK));
        StructType edgeType = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
        Dataset<Row> edges = blocks.flatMap((FlatMapFunction<Row, Row>) r -> {
            List<String> m = new ArrayList<>(r.getList(1));
            m.sort(null);
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    String a = m.get(i);
                    String b = m.get(j);
                    if (ClusterKeys.similar(a.substring(a.indexOf(SEP) + 1), b.substring(b.indexOf(SEP) + 1))) {
                        out.add(RowFactory.create(a, b));
                    }
                }
            }
            return out.iterator();
        }, Encoders.row(edgeType)).distinct();

        ClusterKeys.UnionFind uf = new ClusterKeys.UnionFind();
        List<Row> collected = edges.collectAsList();
        for (Row e : collected) {
            uf.union(e.getString(0), e.getString(1));
        }
        List<Row> rootRows = new ArrayList<>();
        for (Map.Entry<String, String> e : uf.roots().entrySet()) {
            rootRows.add(RowFactory.create(e.getKey(), e.getValue()));
        }
        StructType rootType = new StructType().add(NODE, DataTypes.StringType).add(ROOT, DataTypes.StringType);
        Dataset<Row> roots = spark.createDataFrame(rootRows, rootType);

        UserDefinedFunction id = udf((String root) -> {
            int s = root.indexOf(SEP);
            String cc = root.substring(0, s);
            return ClusterKeys.clusterId(root.substring(s + 1), cc.equals("--") ? null : cc);
        }, DataTypes.StringType);
        Dataset<Row> nodeRoot = nodes.join(roots, nodes.col(NODE).equalTo(roots.col(NODE)), "left")
                .select(nodes.col(NODE), coalesce(roots.col(ROOT), nodes.col(NODE)).as(ROOT));
        // the name: the component's most frequent raw string, by authorships (an exact integer sum, so that the
        // choice does not depend on partitioning), ties by the smallest string: the least (-count, string)
        Dataset<Row> members = withNode.filter(col(NODE).isNotNull());
        Dataset<Row> weights = counts.select(col(RAW_AFFILIATION).as("w_raw"), col(RAW_COUNTRY).as("w_country"),
                col(COUNT).as("w_count"));
        Dataset<Row> perString = members.join(weights, col(RAW_AFFILIATION).eqNullSafe(col("w_raw"))
                        .and(col(RAW_COUNTRY).eqNullSafe(col("w_country"))), "left")
                .select(col(NODE), col(RAW_AFFILIATION), col(COUNTRY), coalesce(col("w_count"), lit(1L)).as(COUNT))
                .join(nodeRoot, NODE)
                .groupBy(col(ROOT), col(RAW_AFFILIATION))
                .agg(sum(col(COUNT)).as(COUNT), min(col(COUNTRY)).as(COUNTRY));
        UserDefinedFunction display = udf((String raw) -> ClusterKeys.displayName(raw), DataTypes.StringType);
        Dataset<Row> names = perString.groupBy(col(ROOT))
                .agg(min(struct(negate(col(COUNT)).as("rank"), col(RAW_AFFILIATION))).as("best"),
                        min(col(COUNTRY)).as(COUNTRY))
                .select(col(ROOT), display.apply(col("best").getField(RAW_AFFILIATION)).as(CLUSTER_NAME),
                        col(COUNTRY));
        Dataset<Row> assigned = nodeRoot.join(names, ROOT).withColumn(CLUSTER_ID, id.apply(col(ROOT)))
                .select(col(NODE).as(ASSIGNED_NODE), col(CLUSTER_ID),
                        coalesce(col(CLUSTER_NAME), lit("")).as(CLUSTER_NAME),
                        col(COUNTRY).as("cluster_country"));

        Dataset<Row> joined = withNode.join(assigned, withNode.col(NODE).equalTo(assigned.col(ASSIGNED_NODE)), "left");
        Dataset<Row> out = joined.select(outColumns(joined));
        Dataset<Row> institutions = assigned.select(col(CLUSTER_ID).as(ID), col(CLUSTER_NAME).as(NAME),
                col("cluster_country").as(COUNTRY), lit(SOURCE_CLUSTER).as(INSTITUTION_SOURCE)).distinct();
        return new Result(out, institutions, institutions.count(), collected.size());
    }

    private static org.apache.spark.sql.Column[] outColumns(Dataset<Row> j) {
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (String f : Schemas.AFFILIATION_MATCHES.fieldNames()) {
            switch (f) {
                case INSTITUTION_IDS -> cols.add(when(j.col(CLUSTER_ID).isNotNull(), array(j.col(CLUSTER_ID)))
                        .otherwise(j.col(INSTITUTION_IDS)).as(INSTITUTION_IDS));
                case INSTITUTION_NAMES -> cols.add(when(j.col(CLUSTER_ID).isNotNull(), array(j.col(CLUSTER_NAME)))
                        .otherwise(j.col(INSTITUTION_NAMES)).as(INSTITUTION_NAMES));
                case MATCH_METHOD -> cols.add(when(j.col(CLUSTER_ID).isNotNull(), lit(SOURCE_CLUSTER))
                        .otherwise(j.col(MATCH_METHOD)).as(MATCH_METHOD));
                default -> cols.add(j.col(f));
            }
        }
        return cols.toArray(new org.apache.spark.sql.Column[0]);
    }
}
