package org.collabatlas.ingest;

import static org.apache.spark.sql.functions.*;
import static org.collabatlas.schema.Columns.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.sql.SortPrefix;

/**
 * Merges the records that describe the same paper, within and across sources, into one row per paper.
 *
 * <p><b>Which records are one paper.</b> Records with a DOI are grouped by normalised DOI. A record without a DOI
 * joins the DOI group whose records have the same normalised title, year and first-author surname (the smallest
 * such DOI, if several); failing that it is grouped with the other DOI-less records of the same title, year and
 * first-author surname. Different DOIs are never merged.
 *
 * <p><b>Which record wins.</b> Within a group the records are ordered by: the source's rank in
 * {@code ingest.source-priority}; then more authors with an affiliation; then more authors; then source id, file
 * and locator (so the order is total and the result deterministic). The first record supplies the authorships;
 * each paper field (DOI, title, year, venue, content type) is the first non-null value in that order; keywords are
 * the union over the group (first occurrence kept); {@code sources} lists every member in that order.
 *
 * <p><b>Identifier.</b> {@code paper_id} is {@code "p"} + the first 16 hex digits of SHA-256 of the group key
 * ({@code doi:<doi>} or {@code title:<title key>|<year>|<surname>}), stable across runs and corpora.
 */
public final class MergeDuplicates {
    /** The merged papers, each with its winning record's authors (column {@code authors}) still attached. */
    private static final String MEMBERS = "members";
    private static final String TKEY = "tkey";

    private MergeDuplicates() {
    }

    public static Dataset<Row> apply(Dataset<Row> records, List<SourceFormat> priority) {
        return apply(records, priority, 0);
    }

    /**
     * As {@link #apply(Dataset, List)}, grouping in {@code partitions} partitions (0: {@code spark.sql.shuffle.partitions}).
     * Each group holds whole records (authors, keywords): at millions of records the groups must be spread wider
     * than a small machine's shuffle partitions, or one partition's cache exceeds the heap.
     */
    public static Dataset<Row> apply(Dataset<Row> records, List<SourceFormat> priority, int partitions) {
        Column rank = lit(priority.size());
        for (int i = priority.size() - 1; i >= 0; i--) {
            rank = when(col(SOURCE).equalTo(priority.get(i).id()), lit(i)).otherwise(rank);
        }
        Dataset<Row> keyed = records
                .withColumn(PRIORITY, rank)
                .withColumn(TKEY, when(col(TITLE_KEY).isNotNull(), concat_ws("|", col(TITLE_KEY),
                        coalesce(col(YEAR).cast("string"), lit("")), coalesce(col(FIRST_SURNAME), lit("")))));

        Dataset<Row> withDoi = keyed.filter(col(DOI).isNotNull()).withColumn(MERGE_KEY, concat(lit("doi:"), col(DOI)));
        // Both sides derive from the same plan: rename the join key so no column reference is ambiguous.
        Dataset<Row> titleToDoi = withDoi.filter(col(TKEY).isNotNull())
                .groupBy(col(TKEY).as("doi_tkey")).agg(min(col(MERGE_KEY)).as("doi_key"));
        Dataset<Row> withoutDoi = keyed.filter(col(DOI).isNull())
                .join(titleToDoi, col(TKEY).equalTo(col("doi_tkey")), "left")
                .withColumn(MERGE_KEY, coalesce(col("doi_key"), concat(lit("title:"), col(TKEY))))
                .drop("doi_tkey", "doi_key");
        Dataset<Row> all = withDoi.unionByName(withoutDoi);

        // Sort keys first: sort_array orders the structs field by field.
        Column member = struct(col(PRIORITY), negate(col(N_AFFILIATED)).as("neg_affiliated"),
                negate(size(col(AUTHORS))).as("neg_authors"), coalesce(col(SOURCE_ID), lit("")).as("sort_id"),
                col(SOURCE_FILE), col(LOCATOR), col(SOURCE), col(SOURCE_ID), col(DOI), col(TITLE), col(YEAR),
                col(VENUE), col(CONTENT_TYPE), col(KEYWORDS), col(AUTHORS));
        Dataset<Row> byKey = partitions > 0 ? all.repartition(partitions, col(MERGE_KEY)) : all;
        // the aggregation sorts by its keys once its hash map is full: see SortPrefix
        Dataset<Row> groups = byKey.groupBy(SortPrefix.of(col(MERGE_KEY)).as("merge_hash"), col(MERGE_KEY))
                .agg(sort_array(collect_list(member)).as(MEMBERS));

        Column first = element_at(col(MEMBERS), 1);
        return groups.select(
                concat(lit("p"), substring(sha2(col(MERGE_KEY), 256), 1, 16)).as(PAPER_ID),
                firstNonNull(DOI),
                firstNonNull(TITLE),
                firstNonNull(YEAR),
                firstNonNull(VENUE),
                firstNonNull(CONTENT_TYPE),
                array_distinct(flatten(transform(col(MEMBERS), m -> coalesce(m.getField(KEYWORDS),
                        array().cast(org.collabatlas.schema.Schemas.PAPERS.apply(KEYWORDS).dataType())))))
                        .as(KEYWORDS),
                first.getField(SOURCE).as(SOURCE),
                first.getField(SOURCE_ID).as(SOURCE_ID),
                transform(col(MEMBERS), m -> struct(m.getField(SOURCE).as(SOURCE), m.getField(SOURCE_ID).as(SOURCE_ID),
                        m.getField(SOURCE_FILE).as(SOURCE_FILE), m.getField(LOCATOR).as(LOCATOR))).as(SOURCES),
                size(first.getField(AUTHORS)).as(N_AUTHORS),
                first.getField(AUTHORS).as(AUTHORS),
                size(col(MEMBERS)).as("n_members"));
    }

    private static Column firstNonNull(String field) {
        return element_at(filter(col(MEMBERS), m -> m.getField(field).isNotNull()), 1).getField(field).as(field);
    }

    /** The papers table: the merged rows without the working columns. */
    public static Dataset<Row> papers(Dataset<Row> merged) {
        return merged.select(col(PAPER_ID), col(DOI), col(TITLE), col(YEAR), col(VENUE), col(CONTENT_TYPE),
                col(KEYWORDS), col(SOURCE), col(SOURCE_ID), col(SOURCES), col(N_AUTHORS));
    }

    /**
     * The authorships table: one row per author and affiliation of each paper's winning record, with that record's
     * {@code source} (the paper's), which the author keys need ({@code <source>:<source author id>}).
     */
    public static Dataset<Row> authorships(Dataset<Row> merged) {
        return merged.select(col(PAPER_ID), col(SOURCE), explode(col(AUTHORS)).as("a"))
                .select(col(PAPER_ID), col(SOURCE), col("a"),
                        posexplode_outer(col("a." + AFFILIATIONS)).as(new String[] {"i", "af"}))
                .select(col(PAPER_ID), col(SOURCE),
                        col("a." + POSITION).as(AUTHOR_POSITION),
                        col("a." + NAME).as(AUTHOR_NAME),
                        col("a." + SOURCE_AUTHOR_ID).as(SOURCE_AUTHOR_ID),
                        col("a." + ORCID).as(ORCID),
                        coalesce(col("i"), lit(0)).as(AFFILIATION_INDEX),
                        col("af." + RAW).as(RAW_AFFILIATION),
                        col("af." + RAW_COUNTRY).as(RAW_COUNTRY),
                        col("af." + SOURCE_INSTITUTION_IDS).as(SOURCE_INSTITUTION_IDS));
    }
}
