package org.collabatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.run.BuildInfo;
import org.collabatlas.run.ExitCode;
import org.collabatlas.run.StageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one entry point, locally ({@code deploy/bin/collab-atlas}) and on a cluster ({@code spark-submit --class
 * org.collabatlas.cli.Main collab-atlas-jobs-<v>-all.jar <command> ...}): parses the command line (picocli), and
 * runs the command on its validated configuration. Exit codes: {@link ExitCode}.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

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
        return commandLine(new Console(out, err, List.of(args))).execute(args);
    }

    /** The command tree: the stage commands and {@code pipeline}, the tools, {@code help}, shell completion. */
    static CommandLine commandLine(Console console) {
        CommandLine root = new CommandLine(new CollabAtlas());
        for (StageId stage : StageId.ORDER) {
            add(root, stage.id(), new StageCommand(console, stage.id(), List.of(stage)), Pipeline.summary(stage));
        }
        add(root, "pipeline", new StageCommand(console, "pipeline", StageId.ORDER),
                "every stage, in order: " + String.join(", ", StageId.ORDER.stream().map(StageId::id).toList()));
        root.addSubcommand(new ToolCommands.EdgeMetrics(console));
        root.addSubcommand(new ToolCommands.MatchAffiliations(console));
        root.addSubcommand(new ToolCommands.EvaluateAffiliations(console));
        root.addSubcommand(new ToolCommands.TrainMatcher(console));
        root.addSubcommand(new ToolCommands.Diff(console));
        root.addSubcommand(new ToolCommands.Generate(console));
        root.addSubcommand(new ToolCommands.EvaluateCorpusCommand(console));
        root.addSubcommand(new ToolCommands.Corrupt(console));
        root.addSubcommand(new CommandLine.HelpCommand());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("a bash/zsh completion script for collab-atlas: source <(collab-atlas "
                        + "generate-completion)");
        root.addSubcommand("generate-completion", completion);
        root.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().synopsisHeading("usage: "));
        root.setOut(new PrintWriter(console.out(), true));
        root.setErr(new PrintWriter(console.err(), true));
        root.setParameterExceptionHandler((e, args) -> usageError(e, console));
        root.setExecutionExceptionHandler((e, cl, parsed) -> failure(e, cl, console));
        return root;
    }

    private static void add(CommandLine root, String name, Object command, String description) {
        CommandLine sub = new CommandLine(command);
        sub.getCommandSpec().usageMessage().description(description);
        root.addSubcommand(name, sub);
    }

    /** A wrong command line: the message, then the usage of the command it was meant for; exit code 2. */
    private static int usageError(ParameterException e, Console console) {
        CommandLine cl = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && cl.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
            List<String> near = u.getSuggestions();
            if (!near.isEmpty()) {
                message += " (did you mean " + String.join(" or ", near) + "?)";
            }
        }
        console.err().println("collab-atlas: " + message);
        cl.usage(console.err());
        return ExitCode.USAGE.code();
    }

    /** A failed command: one line naming what failed; exit code by {@link ExitCode#of}. */
    private static int failure(Exception e, CommandLine cl, Console console) {
        ExitCode code = ExitCode.of(e);
        if (code != ExitCode.FAILURE) {
            console.err().println("collab-atlas: " + e.getMessage());
            return code.code();
        }
        LOG.error("command failed", e);
        AtlasConfig config = cl.getCommand() instanceof ConfiguredCommand c ? c.config : null;
        console.err().println("collab-atlas: " + cl.getCommandName() + " failed: " + describe(e, config));
        return code.code();
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
        return io && config != null ? what + "; output.dir is " + config.output().dir() : what;
    }

    /** The root command: lists the commands; without one it is a usage error. */
    @Command(name = "collab-atlas", mixinStandardHelpOptions = true, versionProvider = Version.class,
            synopsisHeading = "usage: ", customSynopsis = "collab-atlas <command> [--conf FILE]... [--set key=value]..."
                    + " [options]",
            description = "Measures international research collaboration from paper metadata: Spark jobs that ingest"
                    + " records, resolve affiliations, build co-authorship graphs and compute their centralities.",
            commandListHeading = "%ncommands:%n",
            footer = {"", "'collab-atlas <command> --help' shows a command's options. Every setting, with its"
                    + " meaning, is in conf/application.conf.",
                "Exit codes: 0 success; 2 command line or configuration; 3 an input missing or unreadable; 4 the"
                    + " output not writable; 1 any other failure."})
    static final class CollabAtlas implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), "no command given");
        }
    }

    /** {@code --version}: the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"collab-atlas " + BuildInfo.version()};
        }
    }
}
