package org.collabatlas.run;

/** The command line, or the run it names, is wrong; the message says how (exit code 2). */
public final class UsageException extends RunException {
    public UsageException(String message) {
        super(ExitCode.USAGE, message, null);
    }
}
