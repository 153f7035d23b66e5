package org.collabatlas.common.report;

import java.util.List;
import java.util.Map;

/**
 * Everything the report is made from, collected by the Spark shell from a run's tables.
 *
 * @param runId                  the run's id
 * @param ingestedPapers         papers after merging duplicates ({@code ingest/papers})
 * @param papersWithCountry      papers with at least one author whose country is known (the world of the study's
 *                               shares and of the Activity Index)
 * @param internationalPapers    of those, papers with authors in at least two countries
 * @param categories             papers and international papers per category (a paper in several categories counts
 *                               in each; category {@link #UNCATEGORISED} for papers in none); null when the run has
 *                               no {@code paper_categories}
 * @param countrySlices          country-level metrics by slice ({@code all}, {@code year=YYYY}, {@code category=id})
 * @param countryEdges           country-level edges of slice {@code all}
 * @param countryCategoryPapers  papers per country and category (full counting); null without categories
 * @param institutions           institution-level metrics of slice {@code all}; null when the graph has no
 *                               institution level
 * @param institutionLinks       per institution, the weight of its edges to institutions of the reference country
 * @param intervals              bootstrap intervals; null when the uncertainty stage has not run
 */
public record ReportInput(String runId, long ingestedPapers, long papersWithCountry, long internationalPapers,
                          List<CategoryCount> categories, Map<String, List<NodeMetrics>> countrySlices,
                          List<Edge> countryEdges, Map<String, Map<String, Long>> countryCategoryPapers,
                          List<NodeMetrics> institutions, Map<String, Double> institutionLinks,
                          List<Interval> intervals) {
    public static final String UNCATEGORISED = "(none)";

    /** Papers of one category. */
    public record CategoryCount(String category, long papers, long internationalPapers) {
    }
}
