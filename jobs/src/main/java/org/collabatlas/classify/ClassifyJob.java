package org.collabatlas.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.collabatlas.schema.Columns.CATEGORY;
import static org.collabatlas.schema.Columns.KEYWORDS;
import static org.collabatlas.schema.Columns.PAPER_ID;
import static org.collabatlas.schema.Columns.TITLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.classify.Category;
import org.collabatlas.common.classify.KeywordClassifier;
import org.collabatlas.common.classify.Taxonomy;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.Settings;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;

/**
 * {@code collab-atlas classify}: the ICT technology categories of every paper, by
 * {@link KeywordClassifier} over the paper's keywords (every kind: IEEE terms, author keywords, index keywords,
 * INSPEC, OpenAlex) and, with {@code classify.titles}, its title.
 * <pre>
 *   ingest/papers -> (paper_id, title, keywords) -> classify each paper -> paper_categories (paper_id, category)
 * </pre>
 * Multi-label: one row per (paper, category); a paper in no category has no row and is counted as
 * {@code unclassified} in {@code _run.json}, with the papers and share of each category. The graph stage slices by
 * {@code category=<id>} from this table.
 */
public final class ClassifyJob implements Stage {
    /** The shipped taxonomy inside the job jar (from {@code conf/taxonomy.conf}). */
    public static final String SHIPPED_TAXONOMY = "org/collabatlas/conf/taxonomy.conf";

    @Override
    public StageId id() {
        return StageId.CLASSIFY;
    }

    @Override
    public Set<Table> reads() {
        return Set.of(Table.PAPERS);
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.PAPER_CATEGORIES);
    }

    /** A taxonomy that is missing or invalid stops the run before any stage. */
    @Override
    public void check(Configuration hadoop, AtlasConfig config) {
        taxonomy(hadoop, config.classify());
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), taxonomy(ctx.hadoop(), ctx.config().classify()), ctx.config().classify().titles(),
                ctx.inputStage(StageId.INGEST), ctx.dir(), ctx.report());
    }

    /**
     * The taxonomy named by {@code classify.taxonomy} (a local path or Hadoop URI), or the shipped one when it is
     * null; parsed and validated.
     *
     * @throws org.collabatlas.common.config.InvalidConfigException when the taxonomy is invalid
     * @throws InputNotFoundException when the file does not exist or cannot be read
     */
    public static Taxonomy taxonomy(Configuration hadoop, Settings.Classify settings) {
        String path = settings.taxonomy();
        if (path == null) {
            try (InputStream in = ClassifyJob.class.getClassLoader().getResourceAsStream(SHIPPED_TAXONOMY)) {
                if (in == null) {
                    throw new IllegalStateException(SHIPPED_TAXONOMY + " is missing from the job jar");
                }
                return Taxonomy.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "taxonomy.conf (shipped)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String text;
        try {
            text = HadoopFiles.readString(hadoop, path);
        } catch (UncheckedIOException e) {
            throw new InputNotFoundException("classify.taxonomy: " + e.getMessage(), e);
        }
        if (text == null) {
            throw new InputNotFoundException("classify.taxonomy: " + path + " does not exist", null);
        }
        return Taxonomy.parse(text, path);
    }

    public static void run(SparkSession spark, Taxonomy taxonomy, boolean titles, String ingestDir, String stageDir,
                           StageReport report) {
        KeywordClassifier classifier = new KeywordClassifier(taxonomy, titles);
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS)
                .parquet(Table.PAPERS.in(ingestDir));
        Dataset<Row> categories = papers.select(col(PAPER_ID), col(TITLE), col(KEYWORDS))
                .flatMap(new ClassifyPapers(classifier), Encoders.row(Schemas.PAPER_CATEGORIES));
        String out = Table.PAPER_CATEGORIES.in(stageDir);
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        report.step("classify papers and write paper_categories", () -> categories
                .repartition(partitions, col(PAPER_ID)).sortWithinPartitions(PAPER_ID, CATEGORY)
                .write().mode(SaveMode.ErrorIfExists).parquet(out));

        Dataset<Row> written = spark.read().schema(Schemas.PAPER_CATEGORIES).parquet(out);
        long paperCount = report.step("count papers", papers::count);
        Row totals = report.step("count categories", () -> written
                .agg(count(lit(1)), countDistinct(col(PAPER_ID))).first());
        Map<String, Long> perCategory = new HashMap<>();
        for (Row r : written.groupBy(col(CATEGORY)).agg(count(lit(1))).collectAsList()) {
            perCategory.put(r.getString(0), r.getLong(1));
        }
        report.counts(counts(taxonomy, paperCount, totals.getLong(0), totals.getLong(1), perCategory));
        Map<String, Object> tax = new LinkedHashMap<>();
        tax.put("origin", taxonomy.origin());
        tax.put("sha256", taxonomy.hash());
        tax.put("categories", taxonomy.ids());
        tax.put("titles", titles);
        report.put("taxonomy", tax);
    }

    /**
     * The counts of {@code _run.json}: papers, classified (in at least one category), unclassified, assignments
     * (rows of paper_categories), and per category (taxonomy order) its name, papers and share of all papers.
     */
    static Map<String, Object> counts(Taxonomy taxonomy, long papers, long assignments, long classified,
                                      Map<String, Long> perCategory) {
        for (String id : perCategory.keySet()) {
            if (!taxonomy.ids().contains(id)) {
                throw new IllegalStateException("paper_categories holds category '" + id + "', not in the taxonomy");
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("papers", papers);
        counts.put("classified", classified);
        counts.put("unclassified", papers - classified);
        counts.put("unclassified_share", share(papers - classified, papers));
        counts.put("assignments", assignments);
        Map<String, Object> byCategory = new LinkedHashMap<>();
        List<Category> cats = taxonomy.categories();
        for (Category c : cats) {
            long n = perCategory.getOrDefault(c.id(), 0L);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", c.name());
            one.put("papers", n);
            one.put("share", share(n, papers));
            byCategory.put(c.id(), one);
        }
        counts.put("categories", byCategory);
        return counts;
    }

    private static double share(long n, long of) {
        return of == 0 ? 0.0 : Math.round(1e6 * n / (double) of) / 1e6;
    }
}
