package org.collabatlas.cli;

import java.util.List;
import org.collabatlas.centrality.CentralityJob;
import org.collabatlas.classify.ClassifyJob;
import org.collabatlas.graph.GraphJob;
import org.collabatlas.ingest.IngestJob;
import org.collabatlas.report.ReportJob;
import org.collabatlas.resolve.ResolveJob;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageId;
import org.collabatlas.uncertainty.UncertaintyJob;

/** The stages of {@code collab-atlas pipeline}, in order: the one place that names every stage implementation. */
final class Pipeline {
    private Pipeline() {
    }

    static List<Stage> stages() {
        return List.of(new IngestJob(), new ResolveJob(), new ClassifyJob(), new GraphJob(), new CentralityJob(),
                new UncertaintyJob(), new ReportJob());
    }

    /** What each stage command does, for {@code --help}. */
    static String summary(StageId stage) {
        return switch (stage) {
            case INGEST -> "raw records (IEEE, ACM, WoS, Scopus, OpenAlex) -> papers, authorships, rejects";
            case RESOLVE -> "affiliation strings -> institutions and countries: affiliation_matches, institutions,"
                    + " authorships_resolved";
            case CLASSIFY -> "ICT technology categories of papers from keywords (and titles) -> paper_categories";
            case GRAPH -> "co-authorship graphs (country, institution, author levels; all years, each year, each"
                    + " category) -> vertices, edges";
            case CENTRALITY -> "degree, strength, eigenvector, PageRank, betweenness per vertex and slice -> metrics";
            case UNCERTAINTY -> "bootstrap confidence intervals of country eigenvector, betweenness and ranks ->"
                    + " intervals";
            case REPORT -> "country and institution tables, partner typology, strengths, trends -> tables (CSV,"
                    + " Parquet, Markdown), report.html, report.ipynb, report.md";
        };
    }
}
