package org.collabatlas.common.affiliation.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** The tiny hand-written ROR dumps under {@code src/test/resources/ror/}. */
final class RorFixtures {
    /** Schema v2: 10 elements: 5 institutions (2 active in CN, 1 active in KR, 1 withdrawn, 1 inactive) and 5 skips. */
    static final String V2 = "/ror/ror-v2-small.json";
    /** Schema v1: 2 institutions (The University of Tokyo and a child). */
    static final String V1 = "/ror/ror-v1-small.json";

    private RorFixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = RorFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String resource) {
        return new ByteArrayInputStream(bytes(resource));
    }

    static InputStream gzipped(String resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
