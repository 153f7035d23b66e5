package org.collabatlas.common.ingest.scopus;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.RecordParser;
import org.collabatlas.common.record.ParseOutput;

/** Placeholder: being written. */
public final class ScopusCsvParser implements RecordParser {
    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        throw new UnsupportedOperationException("ScopusCsvParser is not written yet");
    }
}
