package org.collabatlas.common.affiliation.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Streams a ROR data dump (the JSON array of the Zenodo releases, schema v2, or the older schema v1) into
 * {@link Institution}s, one record at a time: only one record's tree is in memory at once, so the full dump
 * (about 1 GB of JSON) needs no more than the institutions themselves. Gzip input is recognised by its magic bytes
 * ({@code 1f 8b}), so {@code .json} and {@code .json.gz} are read alike.
 *
 * <p>Every element of the array is accounted for: it becomes an institution or a {@link SkipReason} count.
 * A v2 record is one with a {@code names} array; a v1 record one with a textual {@code name} and no {@code names}.
 * Once all records are read, each gets the {@linkplain NameVariants#addDistinctive distinctive} variants of its names
 * (without a country qualifier or legal form) as aliases.
 * Input that is not a JSON array (or is cut off) fails with a {@link RorDumpException} naming the position.
 */
public final class RorDumpReader {
    private static final int MAX_EXAMPLES = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RorDumpReader() {
    }

    /** Reads a dump file (plain or gzip). */
    public static DumpReadResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROR dump " + file, e);
        }
    }

    /** Reads a dump from a stream (plain or gzip); the stream is not closed. */
    public static DumpReadResult read(InputStream raw) {
        try {
            JsonParser p = MAPPER.getFactory().createParser(ungzip(raw));
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new RorDumpException("expected a ROR dump: a JSON array of organisation records (schema v1 or"
                        + " v2), but the input starts with " + (first == null ? "nothing" : first));
            }
            return new Accumulator().readElements(p);
        } catch (JsonProcessingException e) {
            throw new RorDumpException("the ROR dump is not valid JSON: " + e.getOriginalMessage() + " at "
                    + e.getLocation(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ROR dump", e);
        }
    }

    private static InputStream ungzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /** Counts and collects while walking the array. */
    private static final class Accumulator {
        private final List<Institution> institutions = new ArrayList<>();
        /** Per position in {@link #institutions}: the record's name variants, when it has any. */
        private final Map<Integer, List<Name>> variants = new HashMap<>();
        private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        private final List<String> examples = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private long v1;
        private long element;

        DumpReadResult readElements(JsonParser p) throws IOException {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new RorDumpException("the ROR dump ends inside the array after " + element + " elements");
                }
                element++;
                if (t == JsonToken.START_OBJECT) {
                    JsonNode node = MAPPER.readTree(p);
                    accept(node);
                } else {
                    p.skipChildren();
                    skip(SkipReason.NOT_AN_OBJECT, null);
                }
            }
            return new DumpReadResult(NameVariants.addDistinctive(institutions, variants), skipped, examples, v1);
        }

        private void accept(JsonNode r) {
            JsonNode idNode = r.path("id");
            if (!idNode.isTextual() || idNode.asText().isBlank()) {
                skip(SkipReason.MISSING_ID, null);
                return;
            }
            String id = idNode.asText().strip();
            if (!Institution.isRorId(id)) {
                skip(SkipReason.MALFORMED_ID, id);
                return;
            }
            if (!r.path("names").isArray() && !r.path("name").isTextual()) {
                skip(SkipReason.UNKNOWN_SCHEMA, id);
                return;
            }
            if (seen.contains(id)) {
                skip(SkipReason.DUPLICATE_ID, id);
                return;
            }
            try {
                boolean isV1 = RorRecords.isV1(r);
                Institution inst = isV1 ? RorRecords.fromV1(r, id) : RorRecords.fromV2(r, id);
                List<Name> v = RorRecords.variants(r, inst);
                if (!v.isEmpty()) {
                    variants.put(institutions.size(), v);
                }
                institutions.add(inst);
                seen.add(id);
                v1 += isV1 ? 1 : 0;
            } catch (RorRecords.BadRecord bad) {
                skip(bad.reason, id);
            }
        }

        private void skip(SkipReason reason, String id) {
            skipped.merge(reason, 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                examples.add("element #" + element + (id == null ? "" : " (" + id + ")") + ": " + reason);
            }
        }
    }
}
