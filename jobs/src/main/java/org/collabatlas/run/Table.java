package org.collabatlas.run;

import org.collabatlas.io.HadoopFiles;

/**
 * Every table a run writes, with the stage that commits it: the one place that knows where a table lives,
 * {@code <run>/<stage>/<table>} ({@link RunLayout#table}). A stage reads another stage's table only through this.
 */
public enum Table {
    PAPERS(StageId.INGEST, "papers"),
    AUTHORSHIPS(StageId.INGEST, "authorships"),
    REJECTS(StageId.INGEST, "rejects"),
    AFFILIATION_MATCHES(StageId.RESOLVE, "affiliation_matches"),
    INSTITUTIONS(StageId.RESOLVE, "institutions"),
    AUTHORSHIPS_RESOLVED(StageId.RESOLVE, "authorships_resolved"),
    PAPER_CATEGORIES(StageId.CLASSIFY, "paper_categories"),
    VERTICES(StageId.GRAPH, "vertices"),
    EDGES(StageId.GRAPH, "edges"),
    /** Per paper, its distinct countries: what the uncertainty stage resamples. */
    PAPER_COUNTRIES(StageId.GRAPH, "paper_countries"),
    METRICS(StageId.CENTRALITY, "metrics"),
    INTERVALS(StageId.UNCERTAINTY, "intervals"),
    /** The report's tables (one Parquet folder, CSV and Markdown file each). */
    REPORT_TABLES(StageId.REPORT, "tables");

    private final StageId stage;
    private final String dirName;

    Table(StageId stage, String dirName) {
        this.stage = stage;
        this.dirName = dirName;
    }

    /** The stage that writes and commits this table. */
    public StageId stage() {
        return stage;
    }

    /** The table's folder name inside its stage directory. */
    public String dirName() {
        return dirName;
    }

    /** The table's path inside {@code stageDir}, the directory of {@link #stage()} (a run's, or a test's). */
    public String in(String stageDir) {
        return HadoopFiles.child(stageDir, dirName);
    }

    @Override
    public String toString() {
        return stage.id() + "/" + dirName;
    }
}
