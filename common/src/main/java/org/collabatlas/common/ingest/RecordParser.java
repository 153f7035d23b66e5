package org.collabatlas.common.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.collabatlas.common.record.ParseOutput;

/**
 * A parser of one source format. It reads a decompressed stream and emits one {@link ParseOutput} per input unit
 * (record, bad line, bad file) to the sink, in file order. It does not validate records beyond their syntax and
 * field types: {@link RecordValidator} does that once for every format. It never throws for bad content; an
 * {@link IOException} means the stream itself failed (for example a truncated gzip).
 */
public interface RecordParser {
    void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException;
}
