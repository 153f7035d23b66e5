package org.collabatlas.common.binary;

/** Bytes that are not what the reader expects: truncated, a length out of range, or a wrong tag. */
public final class BinaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BinaryFormatException(String message) {
        super(message);
    }
}
