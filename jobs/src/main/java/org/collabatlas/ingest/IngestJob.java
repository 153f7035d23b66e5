package org.collabatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.collabatlas.schema.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.Settings;
import org.collabatlas.io.SerializableHadoopConf;
import org.collabatlas.run.Stage;
import org.collabatlas.run.StageContext;
import org.collabatlas.run.StageId;
import org.collabatlas.run.StageReport;
import org.collabatlas.run.Table;
import org.collabatlas.schema.Schemas;
import scala.Tuple2;

/**
 * {@code collab-atlas ingest}: raw records of every configured input to the {@code papers}, {@code authorships}
 * and {@code rejects} tables (Parquet) under the stage directory.
 * <pre>
 *   list input files -> parse each file (common parsers + validation) -> rejects
 *                                                                      -> records -> merge duplicates -> papers
 *                                                                                                     -> authorships
 * </pre>
 * Accounting: every input unit is read once and ends as exactly one of accepted (the record that represents a
 * paper), merged (a duplicate folded into another record's paper) or rejected, so
 * {@code read = accepted + rejected + merged}; the job checks it and records it in {@code _run.json}.
 */
public final class IngestJob implements Stage {
    /** Default partitions of the parse: at least this many per core of the cluster (fewer when there are fewer files). */
    private static final int FILES_PER_CORE = 3;
    /**
     * ... and at least one per this many input bytes (gzip counted as in {@link AssignFiles}), so a
     * partition's parsed records stay small enough to cache: a few large partitions of millions of records can
     * exhaust a driver's heap while caching them.
     */
    static final long BYTES_PER_PARTITION = 32L << 20;
    /**
     * Records per partition of the duplicate merge (whole records are grouped there): small enough that one task's
     * aggregation fits the execution memory of a 4 GiB heap with a margin (twice this failed now and then with
     * {@code UNABLE_TO_ACQUIRE_MEMORY}; docs/benchmarks.md).
     */
    static final long RECORDS_PER_MERGE_PARTITION = 12_500;

    @Override
    public StageId id() {
        return StageId.INGEST;
    }

    @Override
    public Set<Table> reads() {
        return Set.of();
    }

    @Override
    public List<Table> writes() {
        return List.of(Table.PAPERS, Table.AUTHORSHIPS, Table.REJECTS);
    }

    /** Every input file (format, path, size, modification time): a changed input recomputes the run. */
    @Override
    public String externalInputs(Configuration hadoop, AtlasConfig config) {
        StringBuilder sb = new StringBuilder();
        for (InputFile f : ListInputs.list(hadoop, config.ingest().inputs())) {
            sb.append(f.format()).append('\t').append(f.path()).append('\t').append(f.bytes()).append('\t')
                    .append(f.modified()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void run(StageContext ctx) {
        run(ctx.spark(), ctx.config().ingest(), ctx.dir(), ctx.report());
    }

    /**
     * Partitions of the parse when {@code ingest.file-partitions} is 0: {@value #FILES_PER_CORE} per core, or one per
     * {@link #BYTES_PER_PARTITION} of (expanded) input when that is more, never more than there are files.
     */
    static int defaultPartitions(List<InputFile> files, int cores) {
        long bytes = 0;
        for (InputFile f : files) {
            bytes += AssignFiles.weight(f);
        }
        long byBytes = (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(1, Math.min(files.size(), Math.max((long) FILES_PER_CORE * cores, byBytes)));
    }

    public static void run(SparkSession spark, Settings.Ingest settings, String stageDir, StageReport report) {
        var hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = report.step("list inputs", () -> ListInputs.list(hadoop, settings.inputs()));
        report.put("inputs", describe(files));
        report.put("years", settings.years().toString());

        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = settings.filePartitions() > 0 ? settings.filePartitions()
                : defaultPartitions(files, sc.defaultParallelism());
        int[] assignment = AssignFiles.assign(files, partitions);
        List<Tuple2<Integer, InputFile>> keyed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            keyed.add(new Tuple2<>(assignment[i], files.get(i)));
        }
        report.put("file_partitions", partitions);
        JavaRDD<Row> rows = sc.parallelizePairs(keyed, partitions)
                .partitionBy(new IdentityPartitioner(partitions))
                .values()
                .mapPartitions(new ParseFiles(new SerializableHadoopConf(hadoop), settings.limits(), settings.years()));
        // kept on disk only, as is the merge's output below: cached in memory they take the storage share of the
        // heap that the merge's aggregation needs, and at scale most blocks go to disk anyway after failing to fit
        Dataset<Row> parsed = spark.createDataFrame(rows, Schemas.PARSED).persist(StorageLevel.DISK_ONLY());

        List<Row> unitCounts = report.step("parse " + files.size() + " files", () -> parsed
                .groupBy(col(UNIT), col(SOURCE), col(REASON)).count().collectAsList());

        Dataset<Row> rejects = parsed.filter(col(UNIT).equalTo(UNIT_REJECT))
                .select(col(SOURCE), col(SOURCE_FILE), col(LOCATOR), col(REASON), col(MESSAGE), col(EXCERPT));
        report.step("write rejects", () -> rejects.repartition(1).sortWithinPartitions(SOURCE_FILE, LOCATOR)
                .write().mode(SaveMode.ErrorIfExists).parquet(Table.REJECTS.in(stageDir)));

        int outPartitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        long validRecords = unitCounts.stream().filter(r -> UNIT_RECORD.equals(r.getString(0)))
                .mapToLong(r -> r.getLong(3)).sum();
        int mergePartitions = (int) Math.max(outPartitions, Math.min(100_000,
                (validRecords + RECORDS_PER_MERGE_PARTITION - 1) / RECORDS_PER_MERGE_PARTITION));
        report.put("merge_partitions", mergePartitions);
        Dataset<Row> merged = MergeDuplicates.apply(parsed.filter(col(UNIT).equalTo(UNIT_RECORD)),
                settings.sourcePriority(), mergePartitions).persist(StorageLevel.DISK_ONLY());
        // written in the merge's partitions (hash of the merge key, so deterministic), sorted within each: a
        // repartition by paper id would shuffle every paper and authorship once more for no later benefit (no
        // stage can use a Parquet table's file layout as a partitioning)
        report.step("merge duplicates and write papers", () -> MergeDuplicates.papers(merged)
                .sortWithinPartitions(PAPER_ID)
                .write().mode(SaveMode.ErrorIfExists).parquet(Table.PAPERS.in(stageDir)));
        report.step("write authorships", () -> MergeDuplicates.authorships(merged)
                .sortWithinPartitions(PAPER_ID, AUTHOR_POSITION, AFFILIATION_INDEX)
                .write().mode(SaveMode.ErrorIfExists).parquet(Table.AUTHORSHIPS.in(stageDir)));

        merged.unpersist();
        parsed.unpersist();
        // counted from the tables as written (a few columns), not from the cached merge
        List<Row> paperCounts = report.step("count", () -> spark.read().schema(Schemas.PAPERS)
                .parquet(Table.PAPERS.in(stageDir))
                .groupBy(col(SOURCE)).agg(org.apache.spark.sql.functions.count("*").as("papers"),
                        org.apache.spark.sql.functions.sum(size(col(SOURCES))).as("records"),
                        org.apache.spark.sql.functions.sum(col(N_AUTHORS)).as("authors"))
                .collectAsList());
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS)
                .parquet(Table.AUTHORSHIPS.in(stageDir));
        long authorshipRows = authorships.count();

        Accounting counts = accounting(unitCounts, paperCounts, authorshipRows);
        report.counts(counts.toMap()).summary(counts.summary());
        requireSomethingSelected(settings, counts);
    }

    /**
     * A year window that leaves no paper while records were outside it would make every later stage silently
     * empty: that is a configuration error, named with the window and what it rejected.
     */
    static void requireSomethingSelected(Settings.Ingest settings, Accounting counts) {
        long outside = counts.rejectedByReason()
                .getOrDefault(org.collabatlas.common.record.ReasonCode.OUTSIDE_YEAR_WINDOW.code(), 0L);
        if (counts.accepted() == 0 && outside > 0) {
            throw new org.collabatlas.common.config.InvalidConfigException(List.of("ingest.years: the window "
                    + settings.years() + " selects no record of the inputs: all " + outside + " otherwise valid "
                    + "records are outside it (read " + counts.read() + "); widen ingest.years or check "
                    + "ingest.inputs"));
        }
    }

    private static List<Map<String, Object>> describe(List<InputFile> files) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InputFile f : files) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", f.format());
            m.put("path", f.path());
            m.put("bytes", f.bytes());
            m.put("modified", java.time.Instant.ofEpochMilli(f.modified()).toString());
            out.add(m);
        }
        return out;
    }

    /**
     * read = accepted + rejected + merged, overall and per source. "accepted" counts papers by the source of their
     * winning record; "merged" counts the records folded into a paper won by another record.
     */
    static Accounting accounting(List<Row> unitCounts, List<Row> paperCounts, long authorshipRows) {
        Map<String, long[]> perSource = new TreeMap<>(); // read, rejected, valid records
        Map<String, Long> byReason = new TreeMap<>();
        for (Row r : unitCounts) {
            String unit = r.getString(0);
            String source = r.getString(1);
            long n = r.getLong(3);
            long[] c = perSource.computeIfAbsent(source, s -> new long[3]);
            c[0] += n;
            if (UNIT_REJECT.equals(unit)) {
                c[1] += n;
                byReason.merge(r.getString(2), n, Long::sum);
            } else {
                c[2] += n;
            }
        }
        Map<String, Long> acceptedBySource = new TreeMap<>();
        long papers = 0;
        long records = 0;
        long authors = 0;
        for (Row r : paperCounts) {
            acceptedBySource.put(r.getString(0), r.getLong(1));
            papers += r.getLong(1);
            records += r.getLong(2);
            authors += r.getLong(3);
        }
        long read = 0;
        long rejected = 0;
        long valid = 0;
        Map<String, Object> sources = new TreeMap<>();
        for (Map.Entry<String, long[]> e : perSource.entrySet()) {
            long[] c = e.getValue();
            long accepted = acceptedBySource.getOrDefault(e.getKey(), 0L);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("read", c[0]);
            s.put("accepted", accepted);
            s.put("rejected", c[1]);
            s.put("merged", c[2] - accepted);
            sources.put(e.getKey(), s);
            read += c[0];
            rejected += c[1];
            valid += c[2];
        }
        if (records != valid || read != papers + rejected + (valid - papers)) {
            throw new IllegalStateException("ingest accounting does not balance: read " + read + ", papers " + papers
                    + ", rejected " + rejected + ", records " + valid + " but merged groups hold " + records);
        }
        return new Accounting(read, papers, rejected, valid - papers, authors, authorshipRows, byReason, sources);
    }

    /** What ingest did with every input unit: {@code read = accepted + rejected + merged}, overall and per source. */
    record Accounting(long read, long accepted, long rejected, long merged, long authors, long authorshipRows,
                      Map<String, Long> rejectedByReason, Map<String, Object> bySource) {
        Map<String, Object> toMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("read", read);
            out.put("accepted", accepted);
            out.put("rejected", rejected);
            out.put("merged", merged);
            out.put("authors", authors);
            out.put("authorship_rows", authorshipRows);
            out.put("rejected_by_reason", rejectedByReason);
            out.put("by_source", bySource);
            return out;
        }

        String summary() {
            return "read " + read + " = accepted " + accepted + " + rejected " + rejected + " + merged " + merged;
        }
    }

    /** Sends key {@code k} (an int below the partition count) to partition {@code k}. */
    static final class IdentityPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        IdentityPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }
    }
}
