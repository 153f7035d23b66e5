package org.collabatlas.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.common.config.Settings;
import org.collabatlas.common.generate.CorpusSpec;
import org.collabatlas.common.generate.CorpusWriter;
import org.collabatlas.common.generate.PaperGenerator;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.io.SerializableHadoopConf;
import org.collabatlas.run.BuildInfo;
import org.collabatlas.run.StageReport;

/**
 * {@code collab-atlas generate}: a synthetic corpus of N papers in the real source formats, with ground truth
 * (see {@link PaperGenerator} and {@link CorpusWriter} for the model and the layout).
 * <pre>
 *   chunks 0..C-1 (papers-per-file papers each) -> spread over Spark tasks -> each task writes its chunks' files
 *   -> corpus.json (the manifest, written last: N, seed, formats, files, counts, config hash) and _run.json
 * </pre>
 * The gazetteer (ROR dump of {@code resolve.ror}, or the shipped default) is read once on the driver and
 * broadcast with the generator. Files are named by chunk, and a paper depends only on (seed, index), so the output
 * is the same whatever the number of tasks.
 */
public final class GenerateJob {
    public static final String MANIFEST = "corpus.json";
    public static final String RUN = "_run.json";
    /** What a generation owns in its directory (and deletes before writing again); nothing else is touched. */
    static final List<String> OWNED = List.of(CorpusWriter.IEEE_DIR, CorpusWriter.ACM_DIR, "ground-truth", MANIFEST,
            RUN);

    private GenerateJob() {
    }

    /** The corpus directory: {@code generate.dir}, or {@code <output.dir>/generated-corpus}. */
    public static String dir(AtlasConfig config) {
        String d = config.generate().dir();
        return d != null ? d : HadoopFiles.child(config.output().dir(), "generated-corpus");
    }

    /**
     * Whether an input of {@code ingest.inputs} lies inside the corpus directory: only then does
     * {@code generate.before-ingest} generate (inputs set elsewhere, e.g. to real data, never trigger it).
     */
    public static boolean readsCorpus(AtlasConfig config) {
        String corpus = new Path(dir(config)).toString() + Path.SEPARATOR;
        return config.ingest().inputs().stream()
                .anyMatch(i -> (new Path(i.path()).toString() + Path.SEPARATOR).startsWith(corpus));
    }

    /** The spec of {@code generate.*} with the gazetteer of {@code resolve.ror}. */
    public static CorpusSpec spec(Settings.Generate g, String ror) {
        return new CorpusSpec(g.papers(), g.seed(), g.formats(), g.duplicateShare(), g.acmShare(), g.gzip(),
                g.papersPerFile(), ror == null ? "shipped" : ror);
    }

    /** The config hash in {@code dir}'s manifest, or null when there is no (complete) corpus there. */
    public static String manifestHash(Configuration hadoop, String dir) {
        String text = HadoopFiles.readString(hadoop, HadoopFiles.child(dir, MANIFEST));
        if (text == null) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(text).path("config_hash").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The {@code generate} command, and generation before a new run's ingest: generates the corpus of
     * {@code generate.*} into {@link #dir}; unless {@code always}, only when its manifest is missing or describes
     * another corpus. Writes the generation's {@code _run.json} beside the manifest; returns where the corpus is and
     * its identity (recorded in the run's {@code _run.json}).
     */
    public static Map<String, Object> ensure(SparkSession spark, AtlasConfig config, PrintStream out,
                                             boolean always) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String dir = dir(config);
        CorpusSpec spec;
        try {
            spec = spec(config.generate(), config.resolve().ror());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(List.of("generate: " + e.getMessage()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dir", dir);
        summary.put("config_hash", spec.hash());
        summary.put("papers", spec.papers());
        summary.put("seed", spec.seed());
        if (!always && upToDate(hadoop, dir, spec)) {
            summary.put("generated", false);
            out.println("generate: corpus of " + spec.papers() + " papers (seed " + spec.seed() + ") is up to date -> "
                    + dir);
            return summary;
        }
        StageReport report = new StageReport("generate");
        report.put("version", BuildInfo.version()).put("config_hash", config.hash());
        report.runAndWrite(hadoop, HadoopFiles.child(dir, RUN), config.asMap(),
                () -> run(spark, spec, config.resolve().ror(), config.generate().tasks(), dir, report), () -> { });
        summary.put("generated", true);
        summary.put("wall_seconds", report.toMap().get("wall_seconds"));
        out.println("generate: " + report.get("counts") + " -> " + dir);
        return summary;
    }

    /** Whether {@code dir} holds the corpus of {@code spec}. */
    public static boolean upToDate(Configuration hadoop, String dir, CorpusSpec spec) {
        return spec.hash().equals(manifestHash(hadoop, dir));
    }

    /**
     * Generates the corpus into {@code dir} (replacing a previous corpus there); returns the manifest.
     *
     * @param ror   ROR dump path (a Hadoop URI) or null for the shipped gazetteer
     * @param tasks Spark tasks, 0 = the default parallelism
     */
    public static Map<String, Object> run(SparkSession spark, CorpusSpec spec, String ror, int tasks, String dir,
                                          StageReport report) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Gazetteer gazetteer = report.step("load gazetteer", () -> loadGazetteer(hadoop, ror));
        PaperGenerator generator = report.step("calibrate", () -> new PaperGenerator(spec, gazetteer));
        report.step("clear previous corpus", () -> {
            for (String owned : OWNED) {
                HadoopFiles.delete(hadoop, HadoopFiles.child(dir, owned));
            }
        });
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<PaperGenerator> shared = jsc.broadcast(generator);
        SerializableHadoopConf conf = new SerializableHadoopConf(hadoop);
        int chunks = spec.chunks();
        int slices = Math.max(1, Math.min(chunks, tasks > 0 ? tasks : jsc.defaultParallelism()));
        List<Integer> ids = IntStream.range(0, chunks).boxed().toList();
        List<CorpusWriter.ChunkStats> stats = report.step("generate and write " + chunks + " chunks over "
                + slices + " tasks", () -> jsc.parallelize(ids, slices)
                .map(k -> writeChunk(shared.value(), k, conf.get(), dir)).collect());
        shared.destroy();

        long ieee = 0;
        long acm = 0;
        long authorships = 0;
        long international = 0;
        List<String> files = new ArrayList<>();
        for (CorpusWriter.ChunkStats s : stats.stream().sorted((a, b) -> Integer.compare(a.chunk(), b.chunk()))
                .toList()) {
            ieee += s.ieeeRecords();
            acm += s.acmRecords();
            authorships += s.authorships();
            international += s.internationalPapers();
            files.addAll(s.files());
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("papers", spec.papers());
        counts.put("ieee_xplore_records", ieee);
        counts.put("acm_dl_records", acm);
        counts.put("records", ieee + acm);
        counts.put("duplicated_papers", ieee + acm - spec.papers());
        counts.put("ground_truth_authorships", authorships);
        counts.put("international_papers", international);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("papers", spec.papers());
        manifest.put("seed", spec.seed());
        manifest.put("formats", spec.formats().stream().map(SourceFormat::id).toList());
        manifest.put("duplicate_share", spec.duplicateShare());
        manifest.put("acm_share", spec.acmShare());
        manifest.put("gzip", spec.gzip());
        manifest.put("papers_per_file", spec.papersPerFile());
        manifest.put("gazetteer", spec.gazetteer());
        manifest.put("generator_version", CorpusSpec.GENERATOR_VERSION);
        manifest.put("config_hash", spec.hash());
        manifest.put("counts", counts);
        manifest.put("ground_truth", Map.of(
                "papers", CorpusWriter.TRUTH_PAPERS + " (" + CorpusWriter.PAPERS_HEADER + ")",
                "authorships", CorpusWriter.TRUTH_AUTHORSHIPS + " (" + CorpusWriter.AUTHORSHIPS_HEADER + ")"));
        manifest.put("files", files);
        report.put("dir", dir).put("counts", counts).put("corpus_hash", spec.hash()).put("tasks", slices);
        HadoopFiles.writeString(hadoop, HadoopFiles.child(dir, MANIFEST), StageReport.toJson(manifest));
        return manifest;
    }

    private static CorpusWriter.ChunkStats writeChunk(PaperGenerator generator, int chunk, Configuration conf,
                                                      String dir) throws IOException {
        FileSystem fs = new Path(dir).getFileSystem(conf);
        return CorpusWriter.write(generator, chunk, relative -> fs.create(new Path(dir, relative), true));
    }

    static Gazetteer loadGazetteer(Configuration hadoop, String ror) {
        if (ror == null) {
            return Gazetteer.shipped();
        }
        Path p = new Path(ror);
        try (InputStream in = p.getFileSystem(hadoop).open(p)) {
            return Gazetteer.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ROR dump " + ror + ": " + e.getMessage(), e);
        }
    }

    /** Counts of a manifest text (for printing), or an empty node. */
    public static JsonNode counts(String manifest) {
        try {
            return new ObjectMapper().readTree(manifest).path("counts");
        } catch (IOException e) {
            return new ObjectMapper().createObjectNode();
        }
    }
}
