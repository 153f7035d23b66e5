package org.collabatlas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The commands of {@code collab-atlas}. A stage command runs one stage; {@link #PIPELINE} runs them all, in order. */
public enum Command {
    INGEST("ingest", "raw records (IEEE, ACM, WoS, Scopus, OpenAlex) -> papers, authorships, rejects"),
    RESOLVE("resolve", "affiliation strings -> countries: affiliation_matches, authorships_resolved"),
    CLASSIFY("classify", "ICT technology categories of papers from keywords (and titles) -> paper_categories"),
    GRAPH("graph", "co-authorship graphs (country level; all years and each year) -> vertices, edges"),
    CENTRALITY("centrality", "degree, strength, eigenvector, PageRank, betweenness per vertex and slice -> metrics"),
    UNCERTAINTY("uncertainty", "bootstrap confidence intervals of country eigenvector, betweenness and ranks -> "
            + "intervals"),
    REPORT("report", "country and institution tables, partner typology, strengths, trends -> tables (CSV, Parquet, "
            + "Markdown), report.html, report.ipynb, report.md"),
    PIPELINE("pipeline", "every stage that exists, in order: ingest, resolve, classify, graph, centrality, uncertainty, report"),
    EDGE_METRICS("edge-metrics", "centralities of any weighted edge list (CSV src,dst,weight) -> metrics.csv"),
    MATCH_AFFILIATIONS("match-affiliations", "a CSV with a column affiliation -> the same rows + ror_ids, country, score"),
    EVALUATE_AFFILIATIONS("evaluate-affiliations",
            "precision, recall, F1 and coverage of the matcher on a gold CSV (affiliation,ror_id)"),
    DIFF("diff", "what changed between two complete runs: papers, top-N entries and exits, centrality ranks"),
    GENERATE("generate", "a synthetic corpus (IEEE, ACM) calibrated to the study, with ground truth -> --out DIR"),
    EVALUATE_CORPUS("evaluate-corpus", "a run (--in RUN_DIR) on a generated corpus against its ground truth -> "
            + "--out DIR/accuracy.json"),
    CORRUPT("corrupt", "a copy of a corpus with corrupted records at --rate, and the ground-truth manifest");

    /** The stages, in pipeline order. */
    public static final List<Command> STAGES = List.of(INGEST, RESOLVE, CLASSIFY, GRAPH, CENTRALITY, UNCERTAINTY,
            REPORT);

    private final String id;
    private final String summary;

    Command(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    /**
     * A command outside the run layout: {@code --in} and {@code --out}, or for {@link #EVALUATE_AFFILIATIONS}
     * {@code --gold}.
     */
    public boolean standalone() {
        return this == EDGE_METRICS || this == MATCH_AFFILIATIONS || this == EVALUATE_AFFILIATIONS
                || this == GENERATE || this == EVALUATE_CORPUS || this == CORRUPT;
    }

    static String standaloneIds() {
        return Arrays.stream(values()).filter(Command::standalone).map(Command::id).toList().toString();
    }

    public static Command fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + id + "'"));
    }
}
