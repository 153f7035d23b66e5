package org.collabatlas.run;

/** An output path cannot be created or written (permissions, a file in the way, a full disk); exit code 4. */
public final class OutputNotWritableException extends RunException {
    public OutputNotWritableException(String message, Throwable cause) {
        super(ExitCode.OUTPUT, message, cause);
    }
}
