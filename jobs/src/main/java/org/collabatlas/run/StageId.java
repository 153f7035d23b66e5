package org.collabatlas.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stages of a run, in pipeline order. The id names the stage's directory under the run directory and its command
 * ({@code collab-atlas <id>}).
 */
public enum StageId {
    INGEST("ingest"),
    RESOLVE("resolve"),
    CLASSIFY("classify"),
    GRAPH("graph"),
    CENTRALITY("centrality"),
    UNCERTAINTY("uncertainty"),
    REPORT("report");

    /** Pipeline order. */
    public static final List<StageId> ORDER = List.of(values());

    private final String id;

    StageId(String id) {
        this.id = id;
    }

    /** The directory name and command name. */
    public String id() {
        return id;
    }

    /** The stage named {@code id} (case-insensitive), if any. */
    public static Optional<StageId> fromId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(lower)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
