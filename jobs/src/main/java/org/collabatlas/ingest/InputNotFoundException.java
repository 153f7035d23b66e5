package org.collabatlas.ingest;

/** A configured input path does not exist, cannot be listed, or holds no files. The message names the path. */
public final class InputNotFoundException extends RuntimeException {
    public InputNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
