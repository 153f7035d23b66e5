package org.collabatlas.common.affiliation.match;

import java.io.ByteArrayOutputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.binary.BinaryFormatException;
import org.collabatlas.common.binary.BinaryReader;
import org.collabatlas.common.binary.BinaryWriter;

/**
 * A {@link Gazetteer} with the matcher's index over it, built once and shared by every {@link AffiliationMatcher}
 * made from it (whatever its options or model). Thread-safe and immutable.
 *
 * <p>Building the index normalises and tokenises every name; {@link #write} stores the gazetteer and the index in a
 * compact binary format that {@link #read} restores in a fraction of that time, with no name normalised again. That
 * is what {@link IndexCache} keeps on disk and what the resolve stage broadcasts to executors. Java serialization
 * ({@code Serializable}) goes through the same format. The format is versioned by {@link #FORMAT_VERSION}:
 * raise it whenever the encoding changes ({@link IndexCache} also rebuilds when the code that builds the index
 * changes).
 */
public final class PreparedGazetteer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Version of the binary encoding. */
    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x43414758; // "CAGX"

    private final transient Gazetteer gazetteer;
    private final transient MatchIndex index;

    private PreparedGazetteer(Gazetteer gazetteer, MatchIndex index) {
        this.gazetteer = gazetteer;
        this.index = index;
    }

    /** Builds the index of {@code gazetteer} (seconds for the ROR registry: build once, share). */
    public static PreparedGazetteer of(Gazetteer gazetteer) {
        return new PreparedGazetteer(gazetteer, new MatchIndex(gazetteer));
    }

    static PreparedGazetteer of(MatchIndex index) {
        return new PreparedGazetteer(index.gazetteer, index);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    MatchIndex index() {
        return index;
    }

    /** Writes the gazetteer and its index (the stream is flushed, not closed). */
    public void write(OutputStream out) {
        BinaryWriter w = new BinaryWriter(out);
        w.writeInt(MAGIC).writeInt(FORMAT_VERSION);
        gazetteer.write(w);
        index.write(w);
        w.writeInt(MAGIC);
        w.flush();
    }

    /** The bytes of {@link #write}. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        write(out);
        return out.toByteArray();
    }

    /**
     * What {@link #write} wrote to {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @throws BinaryFormatException when they are not that (another format version, truncated, damaged)
     */
    public static PreparedGazetteer read(byte[] bytes, int offset, int length) {
        BinaryReader in = new BinaryReader(bytes, offset, length);
        if (in.readInt() != MAGIC) {
            throw new BinaryFormatException("not a prepared gazetteer");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new BinaryFormatException("prepared gazetteer format " + version + ", this build reads "
                    + FORMAT_VERSION);
        }
        Gazetteer g;
        MatchIndex index;
        try {
            g = Gazetteer.read(in);
            index = new MatchIndex(g, in);
        } catch (IllegalArgumentException | NullPointerException e) {
            // a record's own validation (an id that is not a ROR id, a missing name) rejected a decoded value
            throw new BinaryFormatException("prepared gazetteer: " + e.getMessage());
        }
        if (in.readInt() != MAGIC || in.remaining() != 0) {
            throw new BinaryFormatException("prepared gazetteer: bytes left over or end mark missing");
        }
        return new PreparedGazetteer(g, index);
    }

    public static PreparedGazetteer read(byte[] bytes) {
        return read(bytes, 0, bytes.length);
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Encoded(toBytes());
    }

    /** The serialized form: the bytes of {@link #write}. */
    private record Encoded(byte[] bytes) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() throws ObjectStreamException {
            return read(bytes);
        }
    }
}
