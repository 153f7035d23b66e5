package org.collabatlas.common.report;

import org.collabatlas.common.config.Settings;

/**
 * The study's partner typology: research power (papers) against relationship power (eigenvector centrality),
 * relative to a reference node (Japan in the study).
 *
 * <p>The quadrant lines are at {@code P = papersThreshold x P_ref} and {@code E = eigenvectorThreshold x E_ref};
 * a node is above a line when its value is strictly greater than the line's. Then:
 * <ul>
 *   <li>papers above, eigenvector above: {@link PartnerType#LEADING_GLOBALLY} (the study: China);</li>
 *   <li>papers not above, eigenvector above: {@link PartnerType#EXCHANGE_CENTRED} (Australia, Hong Kong,
 *   Singapore);</li>
 *   <li>papers above, eigenvector not above: {@link PartnerType#OWN_PATH} (India);</li>
 *   <li>papers not above, eigenvector not above: {@link PartnerType#SIMILAR} when {@code P >= P_ref / f_p} and
 *   {@code E >= E_ref / f_e} (the {@code similar} factors; the study: South Korea, Taiwan), else
 *   {@link PartnerType#EARLY_STAGE}.</li>
 * </ul>
 * The reference itself is {@link PartnerType#REFERENCE}.
 */
public final class Typology {
    private final double refPapers;
    private final double refEigenvector;
    private final Settings.Typology settings;

    public Typology(double refPapers, double refEigenvector, Settings.Typology settings) {
        this.refPapers = refPapers;
        this.refEigenvector = refEigenvector;
        this.settings = settings;
    }

    /** The papers line (x) of the quadrant plot. */
    public double papersLine() {
        return settings.papersThreshold() * refPapers;
    }

    /** The eigenvector line (y) of the quadrant plot. */
    public double eigenvectorLine() {
        return settings.eigenvectorThreshold() * refEigenvector;
    }

    public PartnerType classify(double papers, double eigenvector) {
        boolean morePapers = papers > papersLine();
        boolean moreCentral = eigenvector > eigenvectorLine();
        if (morePapers && moreCentral) {
            return PartnerType.LEADING_GLOBALLY;
        }
        if (moreCentral) {
            return PartnerType.EXCHANGE_CENTRED;
        }
        if (morePapers) {
            return PartnerType.OWN_PATH;
        }
        boolean near = papers * settings.similarPapersFactor() >= refPapers
                && eigenvector * settings.similarEigenvectorFactor() >= refEigenvector;
        return near ? PartnerType.SIMILAR : PartnerType.EARLY_STAGE;
    }
}
