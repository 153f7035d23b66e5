package org.collabatlas.run;

/** A configured input path does not exist, cannot be listed, or holds no files; the message names the path (exit 3). */
public final class InputNotFoundException extends RunException {
    public InputNotFoundException(String message, Throwable cause) {
        super(ExitCode.INPUT, message, cause);
    }
}
