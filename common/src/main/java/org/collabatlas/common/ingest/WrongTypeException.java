package org.collabatlas.common.ingest;

/** A field of a record holds a value of the wrong JSON type; the record goes to rejects as {@code wrong_type}. */
public final class WrongTypeException extends RuntimeException {
    public WrongTypeException(String field, String expected, String found) {
        super("field '" + field + "' should be " + expected + " but is " + found);
    }
}
