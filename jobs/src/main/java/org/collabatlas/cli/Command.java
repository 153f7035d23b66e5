package org.collabatlas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The commands of {@code collab-atlas}. A stage command runs one stage; {@link #PIPELINE} runs them all, in order. */
public enum Command {
    INGEST("ingest", "raw records (IEEE, ACM, WoS, Scopus, OpenAlex) -> papers, authorships, rejects"),
    RESOLVE("resolve", "affiliation strings -> countries: affiliation_matches, authorships_resolved"),
    GRAPH("graph", "co-authorship graphs (country level; all years and each year) -> vertices, edges"),
    CENTRALITY("centrality", "degree, strength, eigenvector, PageRank, betweenness per vertex and slice -> metrics"),
    UNCERTAINTY("uncertainty", "bootstrap confidence intervals of country eigenvector, betweenness and ranks -> "
            + "intervals"),
    PIPELINE("pipeline", "every stage that exists, in order: ingest, resolve, graph, centrality, uncertainty"),
    EDGE_METRICS("edge-metrics", "centralities of any weighted edge list (CSV src,dst,weight) -> metrics.csv");

    /** The stages, in pipeline order. */
    public static final List<Command> STAGES = List.of(INGEST, RESOLVE, GRAPH, CENTRALITY, UNCERTAINTY);

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

    /** A command outside the run layout, reading {@code --in} and writing {@code --out}. */
    public boolean standalone() {
        return this == EDGE_METRICS;
    }

    static String standaloneIds() {
        return Arrays.stream(values()).filter(Command::standalone).map(Command::id).toList().toString();
    }

    public static Command fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + id + "'"));
    }
}
