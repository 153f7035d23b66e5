package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.collabatlas.schema.Columns.*;

import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.collabatlas.schema.Schemas;
import org.collabatlas.sql.SortPrefix;

/**
 * The resolved columns of each authorship: its {@code (raw_affiliation, raw_country)} pair's match
 * ({@code country}, {@code country_method}, {@code country_reason}, {@code institution_ids}), a left join of the
 * authorships with the matches of the distinct pairs (an authorship whose pair has no match keeps nulls and an
 * empty {@code institution_ids}; {@code raw_*} nulls match nulls).
 *
 * <p><b>How.</b> The matches are keyed by {@link #key}, a 64-bit hash of the pair. When that key is unique over
 * the matches (checked on every run: one aggregation over the distinct pairs), it identifies a pair exactly, since
 * every authorship's pair is one of the matched pairs; then only the hash and the four resolved columns of the
 * matches are broadcast and the authorships are joined where they lie, with no shuffle of the authorships and no
 * comparison of strings. Should two pairs ever share a hash (about 6e-8 for 1.5 million pairs), the join falls back
 * to a sort-merge join on {@code (hash, raw_affiliation, raw_country)}, which shuffles both sides, with the same
 * result. The matches of a few million distinct pairs broadcast in about 100 MiB, so the broadcast replaces the
 * sort-merge join's shuffle and sort of every authorship ({@code docs/benchmarks.md}).
 */
final class JoinBack {
    /** A working column: the 64-bit hash of the pair. */
    static final String KEY = "join_key";

    /** Which join was used. */
    enum Path { BROADCAST, SORT_MERGE }

    record Result(Dataset<Row> resolved, Path path) {
    }

    private JoinBack() {
    }

    /**
     * The 64-bit hash of a {@code (raw_affiliation, raw_country)} pair. Spark's xxhash64 skips null inputs, so
     * {@code (null, "US")} and {@code ("US", null)} would hash alike: each value is preceded by whether it is null.
     */
    static Column key(Column rawAffiliation, Column rawCountry) {
        return xxhash64(rawAffiliation.isNull(), rawAffiliation, rawCountry.isNull(), rawCountry);
    }

    /** True when no two rows of {@code matches} share a {@link #key}. */
    static boolean keyUnique(Dataset<Row> keyed) {
        return keyed.groupBy(col(KEY)).agg(count(lit(1)).as("n")).filter(col("n").gt(1)).isEmpty();
    }

    /**
     * @param authorships {@link Schemas#AUTHORSHIPS}
     * @param matches {@link Schemas#AFFILIATION_MATCHES} of the distinct pairs of {@code authorships} (one row each)
     * @return {@link Schemas#AUTHORSHIPS_RESOLVED} in the authorships' partitions (broadcast) or the join's
     */
    static Result apply(Dataset<Row> authorships, Dataset<Row> matches) {
        Dataset<Row> keyed = matches.select(key(col(RAW_AFFILIATION), col(RAW_COUNTRY)).as(KEY),
                col(COUNTRY), col(COUNTRY_METHOD), col(COUNTRY_REASON), col(INSTITUTION_IDS));
        if (keyUnique(keyed)) {
            Dataset<Row> left = authorships.withColumn(KEY, key(col(RAW_AFFILIATION), col(RAW_COUNTRY)));
            Dataset<Row> right = broadcast(keyed);
            return new Result(select(left.join(right, left.col(KEY).equalTo(right.col(KEY)), "left"), left, right),
                    Path.BROADCAST);
        }
        return new Result(sortMerge(authorships, matches), Path.SORT_MERGE);
    }

    /** The join on the whole pair, behind a hash prefix that makes its sorts cheap ({@link SortPrefix}). */
    static Dataset<Row> sortMerge(Dataset<Row> authorships, Dataset<Row> matches) {
        Dataset<Row> left = authorships.withColumn(KEY, SortPrefix.of(col(RAW_AFFILIATION), col(RAW_COUNTRY)));
        Dataset<Row> right = matches.withColumn(KEY, SortPrefix.of(col(RAW_AFFILIATION), col(RAW_COUNTRY)));
        return select(left.join(right, left.col(KEY).equalTo(right.col(KEY))
                .and(left.col(RAW_AFFILIATION).eqNullSafe(right.col(RAW_AFFILIATION)))
                .and(left.col(RAW_COUNTRY).eqNullSafe(right.col(RAW_COUNTRY))), "left"), left, right);
    }

    private static Dataset<Row> select(Dataset<Row> joined, Dataset<Row> left, Dataset<Row> right) {
        return joined.select(Stream.concat(Stream.of(Schemas.AUTHORSHIPS.fieldNames()).map(left::col), Stream.of(
                right.col(COUNTRY), right.col(COUNTRY_METHOD), right.col(COUNTRY_REASON),
                when(right.col(INSTITUTION_IDS).isNull(),
                        array().cast(Schemas.AUTHORSHIPS_RESOLVED.apply(INSTITUTION_IDS).dataType()))
                        .otherwise(right.col(INSTITUTION_IDS)).as(INSTITUTION_IDS))).toArray(Column[]::new));
    }
}
