package org.collabatlas.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.centrality.EdgeMetricsJob;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.corrupt.CorruptCorpus;
import org.collabatlas.generate.EvaluateCorpus;
import org.collabatlas.generate.GenerateJob;
import org.collabatlas.resolve.AffiliationCommands;
import org.collabatlas.run.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands outside the run layout: each reads {@code --in} (or runs, or a gold file) and writes {@code --out}. */
final class ToolCommands {
    private ToolCommands() {
    }

    @Command(name = "edge-metrics", mixinStandardHelpOptions = true, sortOptions = false,
            description = "centralities of any weighted edge list (CSV src,dst[,weight]) -> metrics.csv")
    static final class EdgeMetrics extends ConfiguredCommand {
        @Option(names = "--in", required = true, paramLabel = "EDGES.csv", description = "The edge list.")
        String in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where metrics.csv and _run.json go.")
        String out;

        EdgeMetrics(Console console) {
            super(console);
        }

        @Override
        void execute(AtlasConfig config) {
            EdgeMetricsJob.command(Sessions.create(config), config, in, out, console.out());
        }
    }

    @Command(name = "match-affiliations", mixinStandardHelpOptions = true, sortOptions = false,
            description = "a CSV with a column affiliation -> the same rows + ror_ids, country, score")
    static final class MatchAffiliations extends ConfiguredCommand {
        @Option(names = "--in", required = true, paramLabel = "STRINGS.csv",
                description = "UTF-8 CSV (BOM allowed) with a column affiliation.")
        String in;

        @Option(names = "--out", required = true, paramLabel = "MATCHES.csv", description = "The matches.")
        String out;

        MatchAffiliations(Console console) {
            super(console);
        }

        @Override
        void execute(AtlasConfig config) {
            AffiliationCommands.match(new Configuration(), config.resolve(), in, out, console.out());
        }
    }

    @Command(name = "evaluate-affiliations", mixinStandardHelpOptions = true, sortOptions = false,
            description = "precision, recall, F1 and coverage of the matcher on a gold CSV (affiliation,ror_id)")
    static final class EvaluateAffiliations extends ConfiguredCommand {
        @Option(names = "--gold", required = true, paramLabel = "GOLD.csv",
                description = "Gold CSV affiliation,ror_id (NP or empty = no organisation).")
        String gold;

        EvaluateAffiliations(Console console) {
            super(console);
        }

        @Override
        void execute(AtlasConfig config) {
            AffiliationCommands.evaluate(new Configuration(), config.resolve(), gold, console.out());
        }
    }

    @Command(name = "train-matcher", mixinStandardHelpOptions = true, sortOptions = false,
            description = "train the affiliation matcher's ranker on a gold CSV; writes the model and its card")
    static final class TrainMatcher extends ConfiguredCommand {
        @Option(names = "--gold", required = true, paramLabel = "GOLD.csv",
                description = "Gold CSV affiliation,ror_id split into training, validation and test thirds.")
        String gold;

        @Option(names = "--test", paramLabel = "GOLD.csv",
                description = "A further gold CSV that is only measured (never trained or tuned on); repeatable.")
        List<String> tests = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "MODEL.json",
                description = "Where the model goes; its card goes beside it as MODEL.md.")
        String out;

        @Option(names = "--seed", paramLabel = "N", description = "Split and training seed (default: "
                + "${DEFAULT-VALUE}).")
        long seed = org.collabatlas.common.affiliation.match.GoldSplit.DEFAULT_SEED;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The date written on the card (default: today, UTC); give the card's date to "
                        + "reproduce a model byte for byte.")
        String date;

        TrainMatcher(Console console) {
            super(console);
        }

        @Override
        void validate() {
            if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw usage("--date needs YYYY-MM-DD, not '" + date + "'");
            }
        }

        @Override
        void execute(AtlasConfig config) {
            String day = date != null ? date : java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            AffiliationCommands.train(new Configuration(), config.resolve(), gold, tests, out, seed, day,
                    console.out());
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
            description = "what changed between two complete runs: papers, top-N entries and exits, centrality ranks")
    static final class Diff extends ConfiguredCommand {
        @Parameters(arity = "2", paramLabel = "RUN", description = "The two run ids, older first.")
        List<String> runs = new ArrayList<>();

        @Option(names = "--top", paramLabel = "N", description = "Size of the top lists compared (default: "
                + RunDiff.DEFAULT_TOP + ").")
        int top = RunDiff.DEFAULT_TOP;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Where diff.csv and diff.md go (default <output.dir>/diffs/A_vs_B).")
        String out;

        Diff(Console console) {
            super(console);
        }

        @Override
        void validate() {
            if (top <= 0) {
                throw usage("--top needs a positive whole number, not '" + top + "'");
            }
            for (String id : runs) {
                if (!id.matches("[A-Za-z0-9._-]+")) {
                    throw usage("diff: run id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
                }
            }
        }

        @Override
        void execute(AtlasConfig config) {
            RunDiff.run(Sessions.create(config), config, runs, top, out, console.out());
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
            description = "a synthetic corpus (IEEE, ACM) calibrated to the study, with ground truth -> --out DIR")
    static final class Generate extends ConfiguredCommand {
        @Option(names = "--papers", paramLabel = "N", description = "Papers (the same as --set generate.papers=N).")
        Long papers;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (--set generate.seed=S).")
        Long seed;

        @Option(names = "--formats", paramLabel = "F,F", description = "Formats, e.g. ieee-xplore-api,acm-dl"
                + " (--set generate.formats=[...]).")
        String formats;

        @Option(names = "--gzip", description = "Gzip the files (--set generate.gzip=true).")
        boolean gzip;

        @Option(names = "--out", paramLabel = "DIR", description = "The corpus directory (--set generate.dir=DIR).")
        String out;

        Generate(Console console) {
            super(console);
        }

        @Override
        List<String> impliedSettings() {
            List<String> s = new ArrayList<>();
            if (papers != null) {
                s.add("generate.papers=" + papers);
            }
            if (formats != null) {
                s.add("generate.formats=[" + formats + "]");
            }
            if (gzip) {
                s.add("generate.gzip=true");
            }
            if (seed != null) {
                s.add("generate.seed=" + seed);
            }
            if (out != null) {
                s.add("generate.dir=" + com.typesafe.config.ConfigUtil.quoteString(out));
            }
            return s;
        }

        @Override
        void execute(AtlasConfig config) {
            GenerateJob.ensure(Sessions.create(config), config, console.out(), true);
        }
    }

    @Command(name = "evaluate-corpus", mixinStandardHelpOptions = true, sortOptions = false,
            description = "a run (--in RUN_DIR) on a generated corpus against its ground truth -> --out DIR/accuracy.json")
    static final class EvaluateCorpusCommand extends ConfiguredCommand {
        @Option(names = "--in", required = true, paramLabel = "RUN_DIR", description = "A run directory.")
        String in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where accuracy.json goes.")
        String out;

        EvaluateCorpusCommand(Console console) {
            super(console);
        }

        @Override
        void execute(AtlasConfig config) {
            EvaluateCorpus.evaluate(Sessions.create(config), config, in, out, console.out());
        }
    }

    @Command(name = "corrupt", mixinStandardHelpOptions = true, sortOptions = false,
            description = "a copy of a corpus with corrupted records at --rate, and the ground-truth manifest")
    static final class Corrupt extends ConfiguredCommand {
        @Option(names = "--in", required = true, paramLabel = "CORPUS", description = "Corpus folders named after"
                + " formats.")
        String in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The corrupted copy.")
        String out;

        @Option(names = "--rate", paramLabel = "R",
                description = "Probability that a record (and a file) is corrupted (default 0.01).")
        String rate;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
        String seed;

        @Option(names = "--copies", paramLabel = "N", description = "Copies with distinct ids (default 1).")
        String copies;

        Corrupt(Console console) {
            super(console);
        }

        @Override
        void execute(AtlasConfig config) {
            Map<String, String> options = new LinkedHashMap<>();
            if (rate != null) {
                options.put("rate", rate);
            }
            if (seed != null) {
                options.put("seed", seed);
            }
            if (copies != null) {
                options.put("copies", copies);
            }
            CorruptCorpus.run(new Configuration(), in, out, options, console.out());
        }
    }
}
