package org.collabatlas.common.report;

import org.collabatlas.common.config.Settings;

/**
 * The Activity Index (Frame 1977; Schubert and Braun 1986) of a country in a category: the category's share of the
 * country's papers divided by the category's share of the world's papers,
 * {@code AI = (c_k / c) / (w_k / w)}, where {@code c_k} are the country's papers in category k, {@code c} all its
 * papers, {@code w_k} the world's papers in k and {@code w} all the world's papers (full counting; a paper with
 * several categories counts in each). AI = 1: the country publishes in k as much as the world does; above 1, more.
 *
 * <p>The rule for {@link Strength}: a country with fewer than {@code minPapers} papers is
 * {@link Strength#TOO_FEW_PAPERS}; otherwise {@link Strength#STRONG} when AI &gt;= {@code strongActivityIndex},
 * {@link Strength#WEAK} when AI &lt;= {@code weakActivityIndex}, else {@link Strength#NEUTRAL}.
 */
public final class ActivityIndex {
    private ActivityIndex() {
    }

    /** Where a country stands in a category. */
    public enum Strength {
        STRONG("strong"), WEAK("weak"), NEUTRAL("neutral"), TOO_FEW_PAPERS("too few papers");

        private final String label;

        Strength(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The index, or NaN when it is undefined (the country or the world has no papers, or none in the category). */
    public static double of(long countryInCategory, long country, long worldInCategory, long world) {
        if (countryInCategory < 0 || country < 0 || worldInCategory < 0 || world < 0) {
            throw new IllegalArgumentException("paper counts must not be negative");
        }
        if (countryInCategory > country || worldInCategory > world || country > world) {
            throw new IllegalArgumentException("a part (" + countryInCategory + ", " + worldInCategory
                    + ") cannot exceed its whole (" + country + ", " + world + ")");
        }
        if (country == 0 || worldInCategory == 0) {
            return Double.NaN;
        }
        return ((double) countryInCategory / country) / ((double) worldInCategory / world);
    }

    public static Strength strength(long countryPapers, double activityIndex, Settings.Strengths rule) {
        if (countryPapers < rule.minPapers() || Double.isNaN(activityIndex)) {
            return Strength.TOO_FEW_PAPERS;
        }
        if (activityIndex >= rule.strongActivityIndex()) {
            return Strength.STRONG;
        }
        if (activityIndex <= rule.weakActivityIndex()) {
            return Strength.WEAK;
        }
        return Strength.NEUTRAL;
    }
}
