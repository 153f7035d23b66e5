package org.collabatlas.run;

import org.collabatlas.common.config.InvalidConfigException;

/** The exit codes of {@code collab-atlas}, and which failure maps to which. */
public enum ExitCode {
    SUCCESS(0),
    /** Any other failure: a failed Spark job, an I/O error mid-stage (the stage's {@code _run.json} says failed). */
    FAILURE(1),
    /** The command line or the configuration is wrong (also a year window that selects no record). */
    USAGE(2),
    /** An input path is missing or unreadable. */
    INPUT(3),
    /** The output directory cannot be created or written. */
    OUTPUT(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code a failure ends the command with. */
    public static ExitCode of(Throwable e) {
        if (e instanceof RunException r) {
            return r.exitCode();
        }
        if (e instanceof InvalidConfigException) {
            return USAGE;
        }
        return FAILURE;
    }
}
