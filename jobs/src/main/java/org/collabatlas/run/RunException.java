package org.collabatlas.run;

/** A failure whose message a user can act on, with the exit code it ends the command with. */
public abstract class RunException extends RuntimeException {
    private final ExitCode exitCode;

    protected RunException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
