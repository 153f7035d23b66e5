package org.collabatlas.sql;

import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;

/**
 * A leading grouping or join key that makes Spark's sorts cheap on string keys with shared first bytes.
 *
 * <p>Spark's sort (the sort-merge join's, and an aggregation's once it falls back from hashing to sorting) compares
 * an 8-byte prefix of the first sort key and only on a tie compares whole rows. Merge keys ({@code doi:10.1...}),
 * affiliation strings ({@code Departme...}), ROR ids ({@code https://...}) and author keys ({@code orcid:00...})
 * nearly all tie on their first 8 bytes, so every comparison becomes a whole-row one. Grouping or joining on
 * {@code (of(key), key)} instead of {@code key} gives the same groups and matches, and puts a 64-bit hash of the key
 * first: prefixes then almost never tie. (What it saves at scale: {@code docs/benchmarks.md}.)
 */
public final class SortPrefix {
    private SortPrefix() {
    }

    /** The 64-bit hash of {@code keys}, to group or join on before them (nulls hash too; equal keys, equal hashes). */
    public static Column of(Column... keys) {
        return xxhash64(keys);
    }
}
