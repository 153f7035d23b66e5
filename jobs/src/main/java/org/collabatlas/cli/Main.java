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
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.graph.GraphJob;
import org.collabatlas.ingest.IngestJob;
import org.collabatlas.ingest.InputNotFoundException;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.resolve.ResolveJob;
import org.collabatlas.uncertainty.UncertaintyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point, locally ({@code deploy/bin/collab-atlas}) and on a cluster ({@code spark-submit --class
 * org.collabatlas.cli.Main collab-atlas-jobs-<v>-all.jar <command> ...}).
 *
 * <p>Exit codes: 0 success; 2 bad command line or configuration; 3 an input path is missing or unreadable;
 * 1 any other failure (the stage's {@code _run.json} then says {@code failed}).
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
            config = loadConfig(inv.confFiles(), inv.settings());
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
        } catch (RuntimeException e) {
            LOG.error("command failed", e);
            err.println("collab-atlas: " + inv.command().id() + " failed: " + e);
            return 1;
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: collab-atlas <command> [--conf FILE]... [--set key=value]... [--run-id ID]\n");
        sb.append("       collab-atlas edge-metrics --in EDGES.csv --out DIR [--conf FILE]... [--set key=value]...\n\n");
        sb.append("commands:\n");
        for (Command c : Command.values()) {
            sb.append(String.format("  %-10s %s%n", c.id(), c.summary()));
        }
        sb.append("\noptions:\n");
        sb.append("  --conf FILE      a HOCON overlay over the defaults (repeatable; later wins). Default: local.conf.\n");
        sb.append("                   FILE is a local path, a Hadoop URI (s3a://, gs://, hdfs://), or the name of an\n");
        sb.append("                   overlay shipped in the jar (local.conf, emr.conf, dataproc.conf).\n");
        sb.append("  --set key=value  one setting, value in HOCON (repeatable; wins over --conf), e.g.\n");
        sb.append("                   --set ingest.years=all --set 'ingest.inputs=[{format=wos,path=\"/data/wos\"}]'\n");
        sb.append("  --run-id ID      the run directory under <output.dir>/runs (default: a new id for pipeline and\n");
        sb.append("                   ingest; the latest complete run for a later stage alone)\n");
        sb.append("  --in, --out      input file and output directory of edge-metrics\n");
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
            layered = layered.withFallback(AtlasConfig.parseSetting(s));
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
        SparkSession spark = Sessions.create(config);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
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
        boolean newRun = stages.get(0) == Command.INGEST;
        String runId = inv.runId();
        if (runId == null) {
            runId = newRun ? RunLayout.newRunId(config.hash()) : RunLayout.latest(hadoop, config.output().dir());
            if (runId == null) {
                throw new UsageException("no complete run in " + config.output().dir() + " to continue with "
                        + inv.command().id() + ": run 'pipeline' or 'ingest' first, or give --run-id");
            }
        }
        RunLayout layout = new RunLayout(config.output().dir(), runId);
        if (newRun) {
            prepare(hadoop, layout.runDir(), config.output().overwrite(), "run directory");
        } else {
            if (!HadoopFiles.exists(hadoop, layout.runDir())) {
                throw new UsageException("run directory " + layout.runDir() + " does not exist");
            }
            for (Command stage : stages) {
                prepare(hadoop, layout.stageDir(stage.id()), config.output().overwrite(), "stage directory");
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", inv.command().id());
        run.put("arguments", inv.arguments());
        run.put("run_id", runId);
        run.put("version", version());
        run.put("spark_version", spark.version());
        run.put("master", spark.sparkContext().master());
        run.put("config_hash", config.hash());
        run.put("config", config.asMap());
        run.put("status", "running");
        Map<String, Object> stageSummaries = new LinkedHashMap<>();
        run.put("stages", stageSummaries);
        LOG.info("run {} -> {}", runId, layout.runDir());
        for (Command stage : stages) {
            StageReport report = new StageReport(stage.id());
            report.put("run_id", runId).put("version", version()).put("config_hash", config.hash());
            String dir = layout.stageDir(stage.id());
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
            stageSummaries.put(stage.id(), report.toMap());
            HadoopFiles.writeString(hadoop, HadoopFiles.child(layout.runDir(), "_run.json"), StageReport.toJson(run));
            out.println(stage.id() + ": " + summaryLine(report) + " -> " + dir);
        }
        run.put("status", "succeeded");
        HadoopFiles.writeString(hadoop, HadoopFiles.child(layout.runDir(), "_run.json"), StageReport.toJson(run));
        layout.markLatest(hadoop);
        out.println("run " + runId + " complete: " + layout.runDir());
    }

    private static void runStage(Command stage, SparkSession spark, AtlasConfig config, RunLayout layout,
                                 StageReport report) {
        String dir = layout.stageDir(stage.id());
        switch (stage) {
            case INGEST -> IngestJob.run(spark, config.ingest(), dir, report);
            case RESOLVE -> ResolveJob.run(spark, input(spark, layout, Command.INGEST), dir, report);
            case GRAPH -> GraphJob.run(spark, config.graph().counting(), input(spark, layout, Command.INGEST),
                    input(spark, layout, Command.RESOLVE), dir, report);
            case CENTRALITY -> CentralityJob.run(spark, config.centrality(), input(spark, layout, Command.GRAPH), dir,
                    HadoopFiles.child(layout.runDir(), "export"), report);
            case UNCERTAINTY -> UncertaintyJob.run(spark, config.uncertainty(), config.graph().counting(),
                    config.centrality(), input(spark, layout, Command.INGEST), input(spark, layout, Command.RESOLVE),
                    paperCategories(spark, layout), dir, report);
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
        String summary = HadoopFiles.readString(spark.sparkContext().hadoopConfiguration(),
                HadoopFiles.child(dir, "_run.json"));
        if (summary == null || !"succeeded".equals(StageReport.status(summary))) {
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
                      String in, String out, List<String> arguments) {
        static Invocation parse(String[] args) {
            List<String> conf = new ArrayList<>();
            List<String> set = new ArrayList<>();
            String runId = null;
            String in = null;
            String out = null;
            Command command = null;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h", "help" -> help = true;
                    case "--conf" -> conf.add(value(args, ++i, a));
                    case "--set" -> set.add(value(args, ++i, a));
                    case "--run-id" -> runId = value(args, ++i, a);
                    case "--in" -> in = value(args, ++i, a);
                    case "--out" -> out = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
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
            if (command != null && command.standalone() && (in == null || out == null)) {
                throw new UsageException(command.id() + " needs --in and --out");
            }
            if (command != null && !command.standalone() && (in != null || out != null)) {
                throw new UsageException("--in and --out are for " + Command.standaloneIds() + " only");
            }
            return new Invocation(command, conf, set, runId, help, in, out, List.of(args));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }
    }
}
