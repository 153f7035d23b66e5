package org.collabatlas.cli;

/** A stage failed with a checked exception (a failed Spark job); the message names the stage and the cause. */
public final class StageFailedException extends RuntimeException {
    public StageFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
