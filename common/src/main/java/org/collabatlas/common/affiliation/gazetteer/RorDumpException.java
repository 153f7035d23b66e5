package org.collabatlas.common.affiliation.gazetteer;

/** The input is not a ROR dump at all (not JSON, not an array, truncated); single bad records are skipped instead. */
public class RorDumpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RorDumpException(String message, Throwable cause) {
        super(message, cause);
    }

    public RorDumpException(String message) {
        super(message);
    }
}
