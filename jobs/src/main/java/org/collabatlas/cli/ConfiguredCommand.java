package org.collabatlas.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.collabatlas.common.config.AtlasConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that runs on the validated configuration: checks its options, loads the config of {@code --conf},
 * {@code --set} and its own implied settings, then {@link #execute}s. Failures are mapped to exit codes in one place,
 * {@link Main}.
 */
abstract class ConfiguredCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    final Console console;

    /** The loaded config, once {@link #call} has got that far (for the failure message of an I/O error). */
    AtlasConfig config;

    ConfiguredCommand(Console console) {
        this.console = console;
    }

    /** Settings implied by the command's own options, applied after {@code --set}. */
    List<String> impliedSettings() {
        return List.of();
    }

    /** Checks option values and combinations that picocli's types cannot. */
    void validate() {
    }

    abstract void execute(AtlasConfig config) throws Exception;

    @Override
    public final Integer call() throws Exception {
        validate();
        config = options.load(impliedSettings());
        execute(config);
        return 0;
    }

    /** A usage error of this command: exit code 2, the message, then the command's usage. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Run ids name directories: letters, digits, '.', '_' and '-' only. */
    void requireRunId(String option, String id) {
        if (id != null && !id.matches("[A-Za-z0-9._-]+")) {
            throw usage(option + " may hold only letters, digits, '.', '_' and '-'");
        }
    }
}
