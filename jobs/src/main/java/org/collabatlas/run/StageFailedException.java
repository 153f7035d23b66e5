package org.collabatlas.run;

/** A stage failed with a checked exception (a failed Spark job); the message names the stage and the cause. */
public final class StageFailedException extends RunException {
    public StageFailedException(String message, Throwable cause) {
        super(ExitCode.FAILURE, message, cause);
    }
}
