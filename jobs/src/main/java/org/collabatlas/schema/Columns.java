package org.collabatlas.schema;

/** Every column name of every table, in one place. Tables and their schemas: {@link Schemas}. */
public final class Columns {
    private Columns() {
    }

    // papers
    public static final String PAPER_ID = "paper_id";
    public static final String DOI = "doi";
    public static final String TITLE = "title";
    public static final String YEAR = "year";
    public static final String VENUE = "venue";
    public static final String CONTENT_TYPE = "content_type";
    public static final String KEYWORDS = "keywords";
    public static final String TERM = "term";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String SOURCE_ID = "source_id";
    public static final String SOURCES = "sources";
    public static final String N_AUTHORS = "n_authors";

    // authorships
    public static final String AUTHOR_POSITION = "author_position";
    public static final String AUTHOR_NAME = "author_name";
    public static final String SOURCE_AUTHOR_ID = "source_author_id";
    public static final String ORCID = "orcid";
    public static final String AFFILIATION_INDEX = "affiliation_index";
    public static final String RAW_AFFILIATION = "raw_affiliation";
    public static final String RAW_COUNTRY = "raw_country";
    public static final String SOURCE_INSTITUTION_IDS = "source_institution_ids";

    // resolve
    public static final String COUNTRY = "country";
    public static final String COUNTRY_METHOD = "country_method";
    public static final String COUNTRY_EVIDENCE = "country_evidence";
    public static final String COUNTRY_REASON = "country_reason";
    public static final String NORMALIZED_AFFILIATION = "normalized_affiliation";
    public static final String INSTITUTION_IDS = "institution_ids";
    public static final String INSTITUTION_NAMES = "institution_names";
    public static final String SCORE = "score";
    public static final String MATCH_METHOD = "match_method";
    public static final String MATCH_REASON = "match_reason";

    // institutions (id = full ROR URL, or "cluster:<stable hash>" for a provisional institution)
    public static final String INSTITUTION_SOURCE = "source";
    /** Values of {@link #INSTITUTION_SOURCE}. */
    public static final String SOURCE_ROR = "ror";
    public static final String SOURCE_CLUSTER = "cluster";

    // classify: paper_categories, one row per (paper_id, category)
    public static final String CATEGORY = "category";

    // author graph
    public static final String AUTHOR_ID = "author_id";

    // graph
    public static final String ID = "id";
    public static final String SRC = "src";
    public static final String DST = "dst";
    public static final String WEIGHT = "weight";
    public static final String LEVEL = "level";
    public static final String SLICE = "slice";
    public static final String PAPERS = "papers";
    public static final String INTERNATIONAL_PAPERS = "international_papers";
    public static final String INTERNATIONAL_RATIO = "international_ratio";
    public static final String FRACTIONAL = "fractional";
    public static final String INTERNATIONAL = "international";
    /** graph/paper_countries: the slices a paper belongs to ({@code all}, {@code year=YYYY}, {@code category=<id>}). */
    public static final String SLICES = "slices";
    /** A paper's nodes (struct id, country) in the graph stage's per-paper table. */
    public static final String MEMBERS = "members";
    /** A paper's institutions (struct id, country) in the graph stage's per-paper table. */
    public static final String INSTITUTIONS = "institutions";
    /** The column {@code Dataset.groupBy(...).count()} adds. */
    public static final String COUNT = "count";

    // centrality
    public static final String DEGREE = "degree";
    public static final String STRENGTH = "strength";
    public static final String EIGENVECTOR = "eigenvector";
    public static final String PAGERANK = "pagerank";
    public static final String BETWEENNESS = "betweenness";
    public static final String BETWEENNESS_METHOD = "betweenness_method";
    public static final String BETWEENNESS_SAMPLES = "betweenness_samples";
    public static final String BETWEENNESS_EPSILON = "betweenness_epsilon";
    public static final String BETWEENNESS_DELTA = "betweenness_delta";
    public static final String EIGENVECTOR_CONVERGED = "eigenvector_converged";

    // uncertainty: intervals (written by the uncertainty stage, read by report)
    public static final String METRIC = "metric";
    public static final String ESTIMATE = "estimate";
    public static final String MEAN = "mean";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final String RANK = "rank";
    public static final String RANK_LOW = "rank_low";
    public static final String RANK_HIGH = "rank_high";
    public static final String REPLICATES = "replicates";

    // rejects
    public static final String SOURCE_FILE = "source_file";
    public static final String LOCATOR = "locator";
    public static final String REASON = "reason";
    public static final String MESSAGE = "message";
    public static final String EXCERPT = "excerpt";

    // the intermediate parsed table of ingest
    public static final String UNIT = "unit";
    public static final String TITLE_KEY = "title_key";
    public static final String FIRST_SURNAME = "first_surname";
    public static final String AUTHORS = "authors";
    public static final String POSITION = "position";
    public static final String NAME = "name";
    public static final String AFFILIATIONS = "affiliations";
    public static final String RAW = "raw";
    public static final String N_AFFILIATED = "n_affiliated";
    public static final String MERGE_KEY = "merge_key";
    public static final String PRIORITY = "priority";

    /** Values of {@link #UNIT}. */
    public static final String UNIT_RECORD = "record";
    public static final String UNIT_REJECT = "reject";

    // generated corpus: ground truth (ground-truth/papers, ground-truth/authorships; doi as above)
    public static final String PAPER_INDEX = "paper_index";
    public static final String FORMATS = "formats";
    public static final String CATEGORIES = "categories";
    public static final String COUNTRIES = "countries";
    public static final String INSTITUTION_ID = "institution_id";
    public static final String AFFILIATION = "affiliation";
    /** The true institution: its ROR id, or {@code invented:<country>:<name>} for one no gazetteer holds. */
    public static final String INSTITUTION_KEY = "institution_key";
}
