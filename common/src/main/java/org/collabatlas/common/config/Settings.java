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

    /** {@code output.*}; {@code keepRuns} 0 = keep every run. */
    public record Output(String dir, boolean overwrite, int keepRuns) {
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

    /**
     * {@code generate.*}: the synthetic corpus of {@code collab-atlas generate} and of the embedded default.
     * {@code dir} null = {@code <output.dir>/generated-corpus}; {@code tasks} 0 = the default parallelism.
     */
    public record Generate(boolean beforeIngest, long papers, long seed, String dir, List<SourceFormat> formats,
                           double duplicateShare, double acmShare, boolean gzip, int papersPerFile, int tasks) {
    }

    /**
     * {@code resolve.*}; {@code ror} null = the shipped gazetteer; {@code matcherModel} null = the model shipped in
     * the jar (used when {@code matcher} is {@link Matcher#LEARNED}); {@code indexCache} null = the default place
     * of the ROR index cache (beside the dump when its folder is writable, else the user's cache directory),
     * {@value #INDEX_CACHE_OFF} = no cache, else a local directory.
     */
    public record Resolve(String ror, Matcher matcher, String matcherModel, String indexCache) {
        /** The {@code resolve.index-cache} value that turns the cache off. */
        public static final String INDEX_CACHE_OFF = "none";

        /** {@code resolve.matcher}: the decision among an affiliation string's candidate institutions. */
        public enum Matcher {
            /** The learned ranker (gradient-boosted trees, calibrated threshold): the default. */
            LEARNED,
            /** The hand-written rules of the first design, kept for comparison. */
            RULES
        }

        /** The default index cache. */
        public Resolve(String ror, Matcher matcher, String matcherModel) {
            this(ror, matcher, matcherModel, null);
        }

        public Resolve(String ror) {
            this(ror, Matcher.LEARNED, null);
        }

        /** Whether {@code resolve.index-cache} turns the cache off. */
        public boolean indexCacheOff() {
            return INDEX_CACHE_OFF.equals(indexCache);
        }
    }

    /** {@code classify.*}; {@code taxonomy} null = the taxonomy shipped in the job jar ({@code conf/taxonomy.conf}). */
    public record Classify(String taxonomy, boolean titles) {
    }

    /** {@code graph.*}. */
    public record Graph(Counting counting, java.util.Set<Level> levels, int authorMaxAuthors) {
        /** {@code graph.counting}. */
        public enum Counting { FULL, FRACTIONAL }

        /** {@code graph.levels}: the graphs to build. */
        public enum Level {
            COUNTRY, INSTITUTION, AUTHOR;

            /** The value of the {@code level} column. */
            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public Graph {
            levels = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(levels.isEmpty()
                    ? java.util.EnumSet.noneOf(Level.class) : levels));
        }
    }

    /**
     * {@code privacy.*}: {@code pseudonymiseAuthors} replaces author names and ids by salted pseudonyms in exports
     * that leave the cluster; the salt is in the environment variable {@code saltEnv}.
     */
    public record Privacy(boolean pseudonymiseAuthors, String saltEnv) {
    }

    /** {@code centrality.*}. */
    public record Centrality(boolean exportCsv, PowerIteration eigenvector, PageRank pagerank,
                             Betweenness betweenness, int driverRowsMaxVertices) {
    }

    /** {@code centrality.eigenvector.*}. */
    public record PowerIteration(int maxIter, double tol) {
    }

    /** {@code centrality.pagerank.*}. */
    public record PageRank(double alpha, int maxIter, double tol) {
    }

    /** {@code centrality.betweenness.*}. */
    public record Betweenness(Distance distance, int exactMaxVertices, double exactMaxWork, double epsilon,
                              double delta, long seed, int distributeMinVertices, int tasks) {
        /** Exact Brandes for a graph of {@code n} vertices and {@code m} edges (cost about n * m), else sampled. */
        public boolean exact(long n, long m) {
            return n <= exactMaxVertices && (double) n * Math.max(1, m) <= exactMaxWork;
        }

        /** {@code centrality.betweenness.distance}. */
        public enum Distance { HOPS, INVERSE_WEIGHT }
    }

    /**
     * {@code report.*}: the tables, typology, strengths and the HTML / notebook report. {@code referenceCountry} and
     * {@code regions} are ISO 3166-1 alpha-2 codes; {@code trendYears} the years of the trend tables.
     */
    public record Report(String referenceCountry, List<String> regions, int topInstitutions, YearWindow trendYears,
                         int chartCountries, Typology typology, Strengths strengths) {
    }

    /**
     * {@code report.typology.*}: quadrant lines at {@code papersThreshold} x the reference's papers and
     * {@code eigenvectorThreshold} x its eigenvector centrality; a node below both lines and within
     * {@code similarPapersFactor} (papers) and {@code similarEigenvectorFactor} (eigenvector) of the reference is
     * "similar to reference"; {@code partnerInstitutions} candidate institutions are ranked.
     */
    public record Typology(double papersThreshold, double eigenvectorThreshold, double similarPapersFactor,
                           double similarEigenvectorFactor, int partnerInstitutions) {
    }

    /**
     * {@code report.strengths.*}: a country with at least {@code minPapers} papers is "strong" in a category when its
     * Activity Index is at least {@code strongActivityIndex}, "weak" when at most {@code weakActivityIndex}.
     */
    public record Strengths(double strongActivityIndex, double weakActivityIndex, long minPapers) {
    }

    /** {@code uncertainty.*}: the bootstrap of the country centralities. */
    public record Uncertainty(boolean enabled, int replicates, long seed, double confidence) {
    }
}
