package org.collabatlas.common.config;

import java.util.List;
import java.util.Map;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;

/** The typed settings, one record per section of {@code conf/application.conf}; built by {@link AtlasConfig}. */
public final class Settings {
    private Settings() {
    }

    /** {@code spark.*}; {@code master} and {@code checkpointDir} may be null. */
    public record Spark(String master, String appName, int shufflePartitions, String checkpointDir,
                        Map<String, String> properties) {
    }

    /** {@code output.*}. */
    public record Output(String dir, boolean overwrite) {
    }

    /** One element of {@code ingest.inputs}. */
    public record Input(SourceFormat format, String path) {
    }

    /** {@code ingest.*}. */
    public record Ingest(List<Input> inputs, YearWindow years, List<SourceFormat> sourcePriority, int filePartitions,
                         Limits limits) {
        /** Rank of a format in {@code source-priority} (0 = preferred). */
        public int priorityOf(SourceFormat f) {
            int i = sourcePriority.indexOf(f);
            return i < 0 ? sourcePriority.size() : i;
        }
    }

    /** {@code resolve.*}; {@code ror} null = the shipped gazetteer. */
    public record Resolve(String ror) {
    }

    /** {@code graph.*}. */
    public record Graph(Counting counting) {
        /** {@code graph.counting}. */
        public enum Counting { FULL, FRACTIONAL }
    }

    /** {@code centrality.*}. */
    public record Centrality(boolean exportCsv, PowerIteration eigenvector, PageRank pagerank,
                             Betweenness betweenness) {
    }

    /** {@code centrality.eigenvector.*}. */
    public record PowerIteration(int maxIter, double tol) {
    }

    /** {@code centrality.pagerank.*}. */
    public record PageRank(double alpha, int maxIter, double tol) {
    }

    /** {@code centrality.betweenness.*}. */
    public record Betweenness(Distance distance, int exactMaxVertices, double epsilon, double delta, long seed,
                              int distributeMinVertices, int tasks) {
        /** {@code centrality.betweenness.distance}. */
        public enum Distance { HOPS, INVERSE_WEIGHT }
    }

    /** {@code uncertainty.*}: the bootstrap of the country centralities. */
    public record Uncertainty(boolean enabled, int replicates, long seed, double confidence) {
    }
}
