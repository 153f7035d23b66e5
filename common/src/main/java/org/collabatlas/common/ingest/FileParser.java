package org.collabatlas.common.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;

/**
 * Parses one input file end to end: gzip detection, the format's parser, {@link RecordValidator}. Everything the
 * file holds comes out as either an accepted {@link SourceRecord} or a {@link Reject}; a stream that fails midway
 * (truncated gzip, I/O error) keeps what was read before and adds one reject for the rest, unless the caller can
 * retry the whole file ({@link #rethrowingReadErrors()}): then an I/O error other than a truncated or corrupt
 * compressed stream is thrown, so that a transient failure (a network file system, an object store) is retried
 * instead of turning the rest of the file into a reject.
 */
public final class FileParser {
    private final SourceFormat format;
    private final Limits limits;
    private final RecordValidator validator;
    private final boolean rethrowReadErrors;

    public FileParser(SourceFormat format, Limits limits, YearWindow window) {
        this(format, limits, new RecordValidator(limits, window), false);
    }

    /** This parser, throwing {@link java.io.UncheckedIOException} on a read error instead of rejecting the rest. */
    public FileParser rethrowingReadErrors() {
        return new FileParser(format, limits, validator, true);
    }

    private FileParser(SourceFormat format, Limits limits, RecordValidator validator, boolean rethrowReadErrors) {
        this.format = format;
        this.limits = limits;
        this.validator = validator;
        this.rethrowReadErrors = rethrowReadErrors;
    }

    /** Parses {@code raw} (possibly gzip-compressed) and sends every unit to {@code sink}; closes nothing. */
    public void parse(String file, InputStream raw, Consumer<ParseOutput> sink) {
        long[] units = {0};
        Consumer<ParseOutput> validating = out -> {
            units[0]++;
            if (out instanceof SourceRecord r) {
                Reject rejected = validator.check(r);
                sink.accept(rejected == null ? r : rejected);
            } else {
                sink.accept(out);
            }
        };
        try {
            InputStream in = Inputs.decompressing(raw);
            format.parser().parse(file, in, limits, validating);
        } catch (EOFException | ZipException e) {
            sink.accept(new Reject(format.id(), file, "after unit " + units[0], ReasonCode.TRUNCATED,
                    "the compressed stream is truncated or corrupt after " + units[0] + " records: " + e.getMessage(),
                    ""));
        } catch (IOException e) {
            if (rethrowReadErrors) {
                throw new java.io.UncheckedIOException("reading " + file + " failed after " + units[0] + " records", e);
            }
            sink.accept(new Reject(format.id(), file, "after unit " + units[0], ReasonCode.UNREADABLE_FILE,
                    "reading failed after " + units[0] + " records: " + e, ""));
        }
    }
}
