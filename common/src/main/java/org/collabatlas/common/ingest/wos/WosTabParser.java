package org.collabatlas.common.ingest.wos;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.RecordParser;
import org.collabatlas.common.record.ParseOutput;

/** Placeholder: being written. */
public final class WosTabParser implements RecordParser {
    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        throw new UnsupportedOperationException("WosTabParser is not written yet");
    }
}
