package org.collabatlas.common.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Opening raw input streams: gzip is recognised by its magic bytes, whatever the file is called. */
public final class Inputs {
    private Inputs() {
    }

    /** {@code raw}, decompressed when it starts with the gzip magic number ({@code 1f 8b}). */
    public static InputStream decompressing(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            // Not wrapped in a BufferedInputStream: its read() keeps reading while available() > 0 and, when the
            // gzip turns out truncated, throws away the bytes it had already decompressed in that call.
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
