package org.collabatlas.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.centrality.CentralityJob;
import org.collabatlas.centrality.EdgeMetricsJob;
import org.collabatlas.classify.ClassifyJob;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.common.generate.CorpusSpec;
import org.collabatlas.generate.GenerateJob;
import org.collabatlas.corrupt.CorruptCorpus;
import org.collabatlas.graph.GraphJob;
import org.collabatlas.ingest.IngestJob;
import org.collabatlas.ingest.InputNotFoundException;
import org.collabatlas.report.ReportJob;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.resolve.AffiliationCommands;
import org.collabatlas.resolve.ResolveJob;
import org.collabatlas.uncertainty.UncertaintyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point, locally ({@code deploy/bin/collab-atlas}) and on a cluster ({@code spark-submit --class
 * org.collabatlas.cli.Main collab-atlas-jobs-<v>-all.jar <command> ...}).
 *
 * <p>Exit codes: 0 success; 2 bad command line or configuration; 3 an input path is missing or unreadable;
 * 4 the output directory cannot be created or written; 1 any other failure (the stage's {@code _run.json} then says
 * {@code failed}).
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    static final String CONF_RESOURCES = "org/collabatlas/conf/";

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command line; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation inv;
        AtlasConfig config;
        try {
            inv = Invocation.parse(args);
            if (inv.help()) {
                out.print(usage());
                return 0;
            }
            List<String> settings = new ArrayList<>(inv.allSettings());
            if (inv.ror() != null) {
                settings.add("resolve.ror=" + com.typesafe.config.ConfigUtil.quoteString(inv.ror()));
            }
            config = loadConfig(inv.confFiles(), settings);
        } catch (UsageException e) {
            err.println("collab-atlas: " + e.getMessage());
            err.print(usage());
            return 2;
        } catch (InvalidConfigException e) {
            err.println("collab-atlas: " + e.getMessage());
            return 2;
        }
        try {
            execute(inv, config, out);
            return 0;
        } catch (InvalidConfigException | UsageException e) {
            err.println("collab-atlas: " + e.getMessage());
            return 2;
        } catch (InputNotFoundException e) {
            err.println("collab-atlas: " + e.getMessage());
            return 3;
        } catch (OutputNotWritableException e) {
            err.println("collab-atlas: " + e.getMessage());
            return 4;
        } catch (Exception e) { // Spark and Hadoop throw checked exceptions from Scala code undeclared
            LOG.error("command failed", e);
            err.println("collab-atlas: " + inv.command().id() + " failed: " + describe(e, config));
            return 1;
        }
    }

    /**
     * The innermost cause of a failure (Spark wraps a task's exception in several layers), and the output
     * directory when the failure is an I/O error (a full disk, a path that became unwritable mid-run).
     */
    static String describe(Throwable e, AtlasConfig config) {
        Throwable root = e;
        boolean io = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            io |= t instanceof IOException || t instanceof UncheckedIOException
                    || String.valueOf(t.getMessage()).contains("java.io.IOException");
        }
        String what = (root == e ? String.valueOf(e) : root + " (in " + e.getClass().getSimpleName() + ")")
                .lines().findFirst().orElse("");
        return io ? what + "; output.dir is " + config.output().dir() : what;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: collab-atlas <command> [--conf FILE]... [--set key=value]... [--run-id ID]\n");
        sb.append("       collab-atlas edge-metrics --in EDGES.csv --out DIR [--conf FILE]... [--set key=value]...\n");
        sb.append("       collab-atlas match-affiliations --in STRINGS.csv --out MATCHES.csv [--ror FILE]\n");
        sb.append("       collab-atlas evaluate-affiliations --gold GOLD.csv [--ror FILE]\n");
        sb.append("       collab-atlas pipeline --resume RUN_ID [--conf FILE]... [--set key=value]...\n");
        sb.append("       collab-atlas diff RUN_A RUN_B [--top N] [--out DIR] [--conf FILE]... [--set key=value]...\n");
        sb.append("       collab-atlas generate [--papers N] [--seed S] [--out DIR] [--formats ieee-xplore-api,acm-dl]"
                + " [--gzip]\n");
        sb.append("       collab-atlas corrupt --in CORPUS --out DIR [--rate 0.01] [--seed 1] [--copies 1]\n\n");
        sb.append("commands:\n");
        for (Command c : Command.values()) {
            sb.append(String.format("  %-21s %s%n", c.id(), c.summary()));
        }
        sb.append("\noptions:\n");
        sb.append("  --conf FILE      a HOCON overlay over the defaults (repeatable; later wins). Default: local.conf.\n");
        sb.append("                   FILE is a local path, a Hadoop URI (s3a://, gs://, hdfs://), or the name of an\n");
        sb.append("                   overlay shipped in the jar (local.conf, emr.conf, dataproc.conf).\n");
        sb.append("  --set key=value  one setting, value in HOCON (repeatable; wins over --conf), e.g.\n");
        sb.append("                   --set ingest.years=all --set 'ingest.inputs=[{format=wos,path=\"/data/wos\"}]'\n");
        sb.append("  --run-id ID      the run directory under <output.dir>/runs (default: a new id for pipeline and\n");
        sb.append("                   ingest; the latest complete run for a later stage alone)\n");
        sb.append("  --in, --out      input and output of edge-metrics, evaluate-corpus (directories), match-affiliations (CSV),\n");
        sb.append("                   corpus folders of corrupt\n");
        sb.append("  --gold FILE      gold CSV of evaluate-affiliations: affiliation,ror_id (NP or empty = none)\n");
        sb.append("  --ror FILE       a ROR data dump (JSON, v2 or v1, plain or gzip); the same as --set resolve.ror=FILE\n");
        sb.append("  --resume RUN_ID  continue run RUN_ID: skip stages complete with unchanged inputs and settings,\n");
        sb.append("                   rerun the others (after a failure, or when inputs or settings changed)\n");
        sb.append("  --top N          diff: size of the top lists compared (default " + RunDiff.DEFAULT_TOP + ")\n");
        sb.append("                   diff --out DIR: where diff.csv and diff.md go (default <output.dir>/diffs/A_vs_B)\n");
        sb.append("  --papers, --seed, --formats, --gzip, --out\n");
        sb.append("                   of generate: the same as --set generate.papers=N, generate.seed=S,\n");
        sb.append("                   generate.formats=[...], generate.gzip=true, generate.dir=DIR\n");
        sb.append("  --rate R         corrupt: probability that a record (and a file) is corrupted (default 0.01)\n");
        sb.append("  --seed S         corrupt: random seed (default 1); --copies N: copies with distinct ids\n");
        sb.append("  --help           this text\n\n");
        sb.append("Every setting, with its meaning, is in conf/application.conf.\n");
        return sb.toString();
    }

    /** Layers: {@code --set} over {@code --conf} files (in order, later wins) over {@code application.conf}. */
    public static AtlasConfig loadConfig(List<String> confFiles, List<String> settings) {
        Config reference = resource("application.conf");
        List<String> overlays = confFiles.isEmpty() ? List.of("local.conf") : confFiles;
        Config layered = ConfigFactory.empty();
        for (String s : settings) {
            layered = AtlasConfig.parseSetting(s).withFallback(layered); // a later --set of the same key wins
        }
        for (int i = overlays.size() - 1; i >= 0; i--) {
            layered = layered.withFallback(overlay(overlays.get(i)));
        }
        return AtlasConfig.from(layered, reference);
    }

    private static Config resource(String name) {
        try (InputStream in = Main.class.getClassLoader().getResourceAsStream(CONF_RESOURCES + name)) {
            if (in == null) {
                return null;
            }
            return ConfigFactory.parseString(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    ConfigParseOptions.defaults().setOriginDescription(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Config overlay(String name) {
        try {
            Path local = Path.of(name);
            if (Files.isRegularFile(local)) {
                return ConfigFactory.parseFile(local.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
            }
            Config shipped = name.contains("/") ? null : resource(name);
            if (shipped != null) {
                return shipped;
            }
            if (name.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
                String text = HadoopFiles.readString(new Configuration(), name);
                if (text != null) {
                    return ConfigFactory.parseString(text, ConfigParseOptions.defaults().setOriginDescription(name));
                }
            }
        } catch (ConfigException e) {
            throw new InvalidConfigException(List.of("--conf " + name + ": " + e.getMessage()));
        }
        throw new InvalidConfigException(List.of("--conf " + name + ": file not found"));
    }

    private static void execute(Invocation inv, AtlasConfig config, PrintStream out) {
        if (inv.command() == Command.MATCH_AFFILIATIONS) {
            AffiliationCommands.match(new Configuration(), config.resolve().ror(), inv.in(), inv.out(), out);
            return;
        }
        if (inv.command() == Command.EVALUATE_AFFILIATIONS) {
            AffiliationCommands.evaluate(new Configuration(), config.resolve().ror(), inv.gold(), out);
            return;
        }
        if (inv.command() == Command.CORRUPT) {
            CorruptCorpus.run(new Configuration(), inv.in(), inv.out(), inv.options(), out);
            return;
        }
        SparkSession spark = Sessions.create(config);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        if (inv.command() == Command.DIFF) {
            RunDiff.run(spark, config, inv.operands(), inv.top(), inv.out(), out);
            return;
        }
        if (inv.command() == Command.GENERATE) {
            generate(spark, config, out, true);
            return;
        }
        if (inv.command() == Command.EVALUATE_CORPUS) {
            evaluateCorpus(spark, config, inv.in(), inv.out(), out);
            return;
        }
        if (inv.command().standalone()) {
            StageReport report = new StageReport(inv.command().id());
            report.put("version", version()).put("config_hash", config.hash()).put("in", inv.in());
            EdgeMetricsJob.run(spark, config.centrality(), inv.in(), inv.out(), report);
            report.finish("succeeded");
            HadoopFiles.writeString(hadoop, HadoopFiles.child(inv.out(), "_run.json"), report.toJson());
            out.println(inv.command().id() + ": " + report.get("counts") + " -> " + inv.out());
            return;
        }
        List<Command> stages = inv.command() == Command.PIPELINE ? Command.STAGES : List.of(inv.command());
        boolean resume = inv.resume() != null;
        boolean newRun = stages.get(0) == Command.STAGES.get(0) && !resume;
        Map<String, Object> corpus = null;
        if (newRun && config.generate().beforeIngest() && GenerateJob.readsCorpus(config)) {
            corpus = generate(spark, config, out, false);
        }
        String runId = resume ? inv.resume() : inv.runId();
        if (runId == null) {
            runId = newRun ? RunLayout.newRunId(config.hash()) : RunLayout.latest(hadoop, config.output().dir());
            if (runId == null) {
                throw new UsageException("no complete run in " + config.output().dir() + " to continue with "
                        + inv.command().id() + ": run 'pipeline' or 'ingest' first, or give --run-id");
            }
        }
        if (stages.contains(Command.CLASSIFY)) {
            ClassifyJob.taxonomy(hadoop, config.classify()); // a bad taxonomy stops the run before any stage
        }
        RunLayout layout = new RunLayout(config.output().dir(), runId);
        if (newRun) {
            prepare(hadoop, layout.runDir(), config.output().overwrite(), "run directory");
            OutputCheck.writable(hadoop, layout.runDir());
        } else {
            if (!HadoopFiles.exists(hadoop, layout.runDir())) {
                throw new UsageException("run directory " + layout.runDir() + " does not exist");
            }
            for (Command stage : resume ? List.<Command>of() : stages) {
                prepare(hadoop, layout.stageDir(stage.id()), config.output().overwrite(), "stage directory");
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", inv.command().id());
        run.put("arguments", org.collabatlas.common.config.Redaction.arguments(inv.arguments()));
        run.put("run_id", runId);
        run.put("version", version());
        run.put("spark_version", spark.version());
        run.put("master", spark.sparkContext().master());
        run.put("config_hash", config.hash());
        run.put("config", config.asMap());
        run.put("status", "running");
        if (corpus != null) {
            run.put("generated_corpus", corpus);
        }
        Map<String, Object> stageSummaries = new LinkedHashMap<>();
        run.put("stages", stageSummaries);
        LOG.info("run {} -> {}", runId, layout.runDir());
        String resultsHash = Recompute.resultsHash(config);
        String upstreamKey = Recompute.upstreamKey(hadoop, layout, stages.get(0), config);
        for (Command stage : stages) {
            String stageKey = Recompute.stageKey(stage, version(), resultsHash, upstreamKey);
            if (resume && skipUpToDate(hadoop, layout, stage, stageKey, stageSummaries, out)) {
                upstreamKey = stageKey;
                continue;
            }
            StageReport report = new StageReport(stage.id());
            report.put("run_id", runId).put("version", version()).put("config_hash", config.hash())
                    .put("stage_key", stageKey).put("upstream_key", upstreamKey);
            String dir = layout.stageDir(stage.id());
            if (resume) {
                HadoopFiles.delete(hadoop, dir);
            }
            try {
                runStage(stage, spark, config, layout, report);
                report.finish("succeeded");
            } catch (RuntimeException e) {
                report.put("error", String.valueOf(e.getMessage()));
                report.finish("failed");
                run.put("status", "failed");
                stageSummaries.put(stage.id(), report.toMap());
                writeQuietly(hadoop, HadoopFiles.child(dir, "_run.json"), report.toJson());
                writeQuietly(hadoop, HadoopFiles.child(layout.runDir(), "_run.json"), StageReport.toJson(run));
                throw e;
            }
            Map<String, Object> stageMap = report.toMap();
            stageMap.put("config", config.asMap());
            HadoopFiles.writeString(hadoop, HadoopFiles.child(dir, "_run.json"), StageReport.toJson(stageMap));
            Recompute.commit(hadoop, layout, stage);
            upstreamKey = stageKey;
            stageSummaries.put(stage.id(), report.toMap());
            HadoopFiles.writeString(hadoop, HadoopFiles.child(layout.runDir(), "_run.json"), StageReport.toJson(run));
            out.println(stage.id() + ": " + summaryLine(report) + " -> " + dir);
        }
        finishRun(hadoop, config, layout, run, out);
    }

    /**
     * Marks the run succeeded; moves {@code latest} to it when every pipeline stage is complete and consistent
     * there; applies retention ({@code output.keep-runs}).
     */
    private static void finishRun(Configuration hadoop, AtlasConfig config, RunLayout layout, Map<String, Object> run,
                                  PrintStream out) {
        String notReady = Recompute.notReadyForLatest(hadoop, layout);
        run.put("status", notReady == null ? "succeeded" : "partial");
        run.put("finished", java.time.Instant.now().toString());
        HadoopFiles.writeString(hadoop, HadoopFiles.child(layout.runDir(), "_run.json"), StageReport.toJson(run));
        if (notReady != null) {
            out.println("run " + layout.runId() + ": requested stages complete; latest not moved (" + notReady + ")");
            return;
        }
        layout.markLatest(hadoop);
        out.println("run " + layout.runId() + " complete: " + layout.runDir());
        Recompute.retain(hadoop, config.output().dir(), config.output().keepRuns(), out);
    }

    /** With --resume: skips a stage that is complete with the same key, keeping its summary. */
    private static boolean skipUpToDate(Configuration hadoop, RunLayout layout, Command stage, String stageKey,
                                        Map<String, Object> stageSummaries, PrintStream out) {
        if (!Recompute.isUpToDate(hadoop, layout, stage, stageKey)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> previous = new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(Recompute.stageJson(hadoop, layout, stage), Map.class);
        previous.remove("config");
        previous.put("skipped", "complete with unchanged inputs and configuration");
        stageSummaries.put(stage.id(), previous);
        out.println(stage.id() + ": complete with unchanged inputs and configuration, skipped -> "
                + layout.stageDir(stage.id()));
        return true;
    }

    /**
     * Generates the corpus of {@code generate.*} into {@link GenerateJob#dir}; unless {@code always}, only when its
     * manifest is missing or describes another corpus. Returns where it is and its identity.
     */
    private static Map<String, Object> generate(SparkSession spark, AtlasConfig config, PrintStream out,
                                                boolean always) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String dir = GenerateJob.dir(config);
        CorpusSpec spec;
        try {
            spec = GenerateJob.spec(config.generate(), config.resolve().ror());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(List.of("generate: " + e.getMessage()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dir", dir);
        summary.put("config_hash", spec.hash());
        summary.put("papers", spec.papers());
        summary.put("seed", spec.seed());
        if (!always && GenerateJob.upToDate(hadoop, dir, spec)) {
            summary.put("generated", false);
            out.println("generate: corpus of " + spec.papers() + " papers (seed " + spec.seed() + ") is up to date -> "
                    + dir);
            return summary;
        }
        StageReport report = new StageReport(Command.GENERATE.id());
        report.put("version", version()).put("config_hash", config.hash());
        try {
            GenerateJob.run(spark, spec, config.resolve().ror(), config.generate().tasks(), dir, report);
            report.finish("succeeded");
        } catch (RuntimeException e) {
            report.put("error", String.valueOf(e.getMessage()));
            report.finish("failed");
            writeQuietly(hadoop, HadoopFiles.child(dir, GenerateJob.RUN), report.toJson());
            throw e;
        }
        Map<String, Object> stageMap = report.toMap();
        stageMap.put("config", config.asMap());
        HadoopFiles.writeString(hadoop, HadoopFiles.child(dir, GenerateJob.RUN), StageReport.toJson(stageMap));
        summary.put("generated", true);
        summary.put("wall_seconds", report.toMap().get("wall_seconds"));
        out.println("generate: " + report.get("counts") + " -> " + dir);
        return summary;
    }

    /** Accuracy of the run in {@code runDir} against the ground truth of the corpus it generated and ingested. */
    private static void evaluateCorpus(SparkSession spark, AtlasConfig config, String runDir, String outDir,
                                       PrintStream out) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String runJson = HadoopFiles.readString(hadoop, HadoopFiles.child(runDir, "_run.json"));
        if (runJson == null) {
            throw new UsageException("no run in " + runDir + " (no _run.json)");
        }
        String corpus;
        try {
            corpus = new com.fasterxml.jackson.databind.ObjectMapper().readTree(runJson)
                    .at("/generated_corpus/dir").asText(null);
        } catch (IOException e) {
            throw new UsageException(runDir + "/_run.json is not JSON: " + e.getMessage());
        }
        if (corpus == null) {
            corpus = GenerateJob.dir(config);
        }
        if (GenerateJob.manifestHash(hadoop, corpus) == null) {
            throw new UsageException("no generated corpus (corpus.json) in " + corpus);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", runDir);
        result.put("corpus", corpus);
        result.putAll(org.collabatlas.generate.EvaluateCorpus.run(spark, runDir, corpus));
        HadoopFiles.writeString(hadoop, HadoopFiles.child(outDir, "accuracy.json"), StageReport.toJson(result));
        out.println("evaluate-corpus: " + result + " -> " + outDir);
    }

    private static void runStage(Command stage, SparkSession spark, AtlasConfig config, RunLayout layout,
                                 StageReport report) {
        String dir = layout.stageDir(stage.id());
        try {
            runStageJob(stage, spark, config, layout, report, dir);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // a failed Spark job surfaces as a checked SparkException that Java does not see declared: without
            // this the stage's _run.json would stay "running" and the command would end in a stack trace
            throw new StageFailedException(stage.id() + " failed: " + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse(""), e);
        }
    }

    private static void runStageJob(Command stage, SparkSession spark, AtlasConfig config, RunLayout layout,
                                    StageReport report, String dir) throws Exception {
        switch (stage) {
            case INGEST -> IngestJob.run(spark, config.ingest(), dir, report);
            case RESOLVE -> ResolveJob.run(spark, input(spark, layout, Command.INGEST), config.resolve().ror(), dir,
                    report);
            case CLASSIFY -> ClassifyJob.run(spark, ClassifyJob.taxonomy(spark.sparkContext().hadoopConfiguration(),
                    config.classify()), config.classify().titles(), input(spark, layout, Command.INGEST), dir, report);
            case GRAPH -> GraphJob.run(spark, config.graph(), input(spark, layout, Command.INGEST),
                    input(spark, layout, Command.RESOLVE),
                    // the same test as the uncertainty and report stages': the run has classify/paper_categories
                    paperCategories(spark, layout) == null ? null : layout.stageDir(Command.CLASSIFY.id()), dir,
                    report);
            case CENTRALITY -> CentralityJob.run(spark, config.centrality(), config.privacy(),
                    input(spark, layout, Command.GRAPH), dir,
                    HadoopFiles.child(layout.runDir(), "export"), report);
            case UNCERTAINTY -> UncertaintyJob.run(spark, config.uncertainty(), config.graph().counting(),
                    config.centrality(), input(spark, layout, Command.GRAPH), paperCategories(spark, layout), dir,
                    report);
            case REPORT -> ReportJob.run(spark, config.report(), layout.runId(), layout.runDir(),
                    input(spark, layout, Command.INGEST), input(spark, layout, Command.RESOLVE),
                    input(spark, layout, Command.GRAPH), input(spark, layout, Command.CENTRALITY), dir, report);
            default -> throw new IllegalArgumentException(stage + " is not a stage");
        }
    }

    /** The run's {@code classify/paper_categories} when the classify stage wrote it, else null. */
    private static String paperCategories(SparkSession spark, RunLayout layout) {
        String table = HadoopFiles.child(layout.stageDir(UncertaintyJob.CLASSIFY_STAGE), UncertaintyJob.PAPER_CATEGORIES);
        return HadoopFiles.exists(spark.sparkContext().hadoopConfiguration(), HadoopFiles.child(table, "_SUCCESS"))
                ? table : null;
    }

    /** The output directory of an earlier stage of the same run; it must have completed. */
    private static String input(SparkSession spark, RunLayout layout, Command stage) {
        String dir = layout.stageDir(stage.id());
        if (!Recompute.isComplete(spark.sparkContext().hadoopConfiguration(), layout, stage)) {
            throw new UsageException("stage '" + stage.id() + "' has not completed in run " + layout.runId()
                    + " (" + dir + "): run it first");
        }
        return dir;
    }

    private static void prepare(Configuration hadoop, String dir, boolean overwrite, String what) {
        if (HadoopFiles.exists(hadoop, dir)) {
            if (!overwrite) {
                throw new UsageException(what + " " + dir + " exists; choose another --run-id or --set "
                        + "output.overwrite=true");
            }
            HadoopFiles.delete(hadoop, dir);
        }
    }

    @SuppressWarnings("unchecked")
    private static String summaryLine(StageReport report) {
        Object counts = report.get("counts");
        if (counts instanceof Map<?, ?> m && m.containsKey("read")) {
            return "read " + m.get("read") + " = accepted " + m.get("accepted") + " + rejected " + m.get("rejected")
                    + " + merged " + m.get("merged");
        }
        return "done";
    }

    private static void writeQuietly(Configuration conf, String path, String text) {
        try {
            HadoopFiles.writeString(conf, path, text);
        } catch (UncheckedIOException e) {
            LOG.warn("could not write {}: {}", path, e.getMessage());
        }
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/org/collabatlas/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A parsed command line. */
    record Invocation(Command command, List<String> confFiles, List<String> settings, String runId, boolean help,
                      String in, String out, String gold, String ror, List<String> arguments, String resume,
                      List<String> operands, int top, List<String> generateSettings,
                      Map<String, String> options) {
        /** {@code --set} settings after those implied by the options of {@code generate} (which {@code --set} wins over). */
        List<String> allSettings() {
            List<String> all = new ArrayList<>(settings);
            all.addAll(generateSettings);
            return all;
        }

        static Invocation parse(String[] args) {
            List<String> conf = new ArrayList<>();
            List<String> set = new ArrayList<>();
            String runId = null;
            String in = null;
            String out = null;
            String gold = null;
            String ror = null;
            Command command = null;
            boolean help = false;
            String resume = null;
            List<String> operands = new ArrayList<>();
            int top = RunDiff.DEFAULT_TOP;
            List<String> generate = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            String seed = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h", "help" -> help = true;
                    case "--conf" -> conf.add(value(args, ++i, a));
                    case "--set" -> set.add(value(args, ++i, a));
                    case "--run-id" -> runId = value(args, ++i, a);
                    case "--in" -> in = value(args, ++i, a);
                    case "--out" -> out = value(args, ++i, a);
                    case "--gold" -> gold = value(args, ++i, a);
                    case "--ror" -> ror = value(args, ++i, a);
                    case "--resume" -> resume = value(args, ++i, a);
                    case "--top" -> top = positive(value(args, ++i, a), a);
                    case "--papers" -> generate.add("generate.papers=" + value(args, ++i, a));
                    case "--seed" -> seed = value(args, ++i, a);
                    case "--formats" -> generate.add("generate.formats=[" + value(args, ++i, a) + "]");
                    case "--gzip" -> generate.add("generate.gzip=true");
                    case "--rate", "--copies" -> options.put(a.substring(2), value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
                        }
                        if (command == Command.DIFF) {
                            operands.add(a);
                            continue;
                        }
                        if (command != null) {
                            throw new UsageException("more than one command: " + command.id() + " and " + a);
                        }
                        command = Command.fromId(a);
                    }
                }
            }
            if (command == null && !help) {
                throw new UsageException("no command given");
            }
            if (runId != null && !runId.matches("[A-Za-z0-9._-]+")) {
                throw new UsageException("--run-id may hold only letters, digits, '.', '_' and '-'");
            }
            if ((command == Command.EDGE_METRICS || command == Command.EVALUATE_CORPUS) && (in == null || out == null)) {
                throw new UsageException(command.id() + " needs --in and --out");
            }
            if (seed != null) {
                if (command == Command.CORRUPT) {
                    options.put("seed", seed);
                } else {
                    generate.add("generate.seed=" + seed);
                }
            }
            if (!options.isEmpty() && command != Command.CORRUPT) {
                throw new UsageException("--rate, --seed and --copies are for corrupt only");
            }
            if (command == Command.GENERATE && in != null) {
                throw new UsageException("generate has no --in");
            }
            if (command == Command.GENERATE && out != null) {
                generate.add("generate.dir=\"" + out.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            if (command != null && command != Command.GENERATE && !generate.isEmpty()) {
                throw new UsageException("--papers, --seed, --formats and --gzip are for generate only");
            }
            if (command == Command.EVALUATE_AFFILIATIONS && (gold == null || in != null || out != null)) {
                throw new UsageException(command.id() + " needs --gold (and no --in or --out)");
            }
            if (command != null && command != Command.EVALUATE_AFFILIATIONS && gold != null) {
                throw new UsageException("--gold is for " + Command.EVALUATE_AFFILIATIONS.id() + " only");
            }
            checkRecomputeOptions(command, runId, resume, operands, in);
            if ((command == Command.MATCH_AFFILIATIONS) && (in == null || out == null)) {
                throw new UsageException(command.id() + " needs --in and --out");
            }
            if (command != null && !command.standalone() && command != Command.DIFF && (in != null || out != null)) {
                throw new UsageException("--in and --out are for " + Command.standaloneIds() + " only");
            }
            return new Invocation(command, conf, set, runId, help, in, out, gold, ror, List.of(args), resume, operands,
                    top, generate, options);
        }

        /** --resume (stage commands only) and the two runs of diff. */
        private static void checkRecomputeOptions(Command command, String runId, String resume, List<String> operands,
                                                  String in) {
            if (resume != null) {
                if (!resume.matches("[A-Za-z0-9._-]+")) {
                    throw new UsageException("--resume may hold only letters, digits, '.', '_' and '-'");
                }
                if (runId != null) {
                    throw new UsageException("--resume RUN_ID names the run: give it without --run-id");
                }
                if (command != null && (command.standalone() || command == Command.DIFF)) {
                    throw new UsageException("--resume is for pipeline and stage commands");
                }
            }
            if (command == Command.DIFF) {
                if (operands.size() != 2 || in != null) {
                    throw new UsageException("usage: collab-atlas diff RUN_A RUN_B [--top N] [--out DIR]");
                }
                for (String id : operands) {
                    if (!id.matches("[A-Za-z0-9._-]+")) {
                        throw new UsageException("diff: run id '" + id + "' may hold only letters, digits, '.', '_'"
                                + " and '-'");
                    }
                }
            }
        }

        private static int positive(String v, String option) {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(option + " needs a positive whole number, not '" + v + "'");
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }
    }
}
