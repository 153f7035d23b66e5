package org.collabatlas.common.graph;

/**
 * The names of a graph's slices, the values of the {@code slice} column of every graph and metrics table: the whole
 * period ({@value #ALL}), one publication year ({@code year=2021}) and one technology category
 * ({@code category=ai}).
 */
public final class Slices {
    /** The whole period, every paper. */
    public static final String ALL = "all";
    /** The prefix of a one-year slice. */
    public static final String YEAR_PREFIX = "year=";
    /** The prefix of a one-category slice. */
    public static final String CATEGORY_PREFIX = "category=";

    private Slices() {
    }

    /** The slice of one publication year. */
    public static String year(int year) {
        return YEAR_PREFIX + year;
    }

    /** The slice of one technology category (the taxonomy's category id). */
    public static String category(String id) {
        return CATEGORY_PREFIX + id;
    }
}
