package org.collabatlas.common.affiliation.match;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.binary.BinaryFormatException;
import org.collabatlas.common.binary.BinaryReader;
import org.collabatlas.common.binary.BinaryWriter;

/**
 * A directory of {@link PreparedGazetteer}s built from ROR dumps, so that a process reads a gazetteer and its index
 * in about a second instead of parsing the dump and building the index (several seconds, more for the full registry).
 *
 * <p>A cache file is named after the SHA-256 of the dump's bytes ({@code ror-index-<first 16 hex digits>.bin}) and
 * holds: a header (magic, {@link PreparedGazetteer#FORMAT_VERSION}, the {@linkplain #codeFingerprint() fingerprint}
 * of the code that builds the index, the dump's full SHA-256), the {@link PreparedGazetteer} bytes, and a trailer
 * (their length and CRC-32C). A file whose header or checksum does not match is ignored (the {@link Result} says
 * why) and rebuilt: another dump, another format, changed index code or a damaged file never give a stale index.
 * Files are written to a temporary file in the same directory and renamed, so a reader never sees half a file and
 * two writers of the same dump simply write the same bytes. A write that fails (read-only or full disk) only costs
 * the next start a rebuild.
 */
public final class IndexCache {
    /** What {@link #prepare} did. */
    public enum Outcome {
        /** Read from the cache file. */
        READ,
        /** Parsed the dump and built the index (then wrote the cache file, unless {@link Result#problem} says not). */
        BUILT,
        /** Parsed the dump and built the index without a cache ({@link #off()}). */
        UNCACHED
    }

    /**
     * @param prepared  the gazetteer and its index
     * @param outcome   how it was obtained
     * @param file      the cache file read or written, null without a cache
     * @param dumpSha256 the SHA-256 of the dump's bytes (hex)
     * @param problem   why an existing cache file was not used or a new one not written; null when neither happened
     */
    public record Result(PreparedGazetteer prepared, Outcome outcome, Path file, String dumpSha256, String problem) {
    }

    private static final int MAGIC = 0x43414943; // "CAIC"
    private static final int TRAILER = 12;
    /**
     * The classes whose code decides what a dump's gazetteer and index hold (reading the dump, name keys, terms,
     * the index and its encoding, and what these depend on): a change to any of them changes
     * {@link #codeFingerprint()}, so old cache files are rebuilt instead of trusted. {@code IndexCacheFingerprintTest}
     * (jobs tests, ArchUnit) fails when a class they depend on is missing here.
     */
    static final List<String> FINGERPRINTED = List.of(
            "org/collabatlas/common/affiliation/gazetteer/DumpReadResult",
            "org/collabatlas/common/affiliation/gazetteer/Gazetteer",
            "org/collabatlas/common/affiliation/gazetteer/GazetteerIndex",
            "org/collabatlas/common/affiliation/gazetteer/GazetteerIndex$Builder",
            "org/collabatlas/common/affiliation/gazetteer/GazetteerStats",
            "org/collabatlas/common/affiliation/gazetteer/Institution",
            "org/collabatlas/common/affiliation/gazetteer/Institution$Status",
            "org/collabatlas/common/affiliation/gazetteer/Name",
            "org/collabatlas/common/affiliation/gazetteer/Name$Type",
            "org/collabatlas/common/affiliation/gazetteer/NameKeys",
            "org/collabatlas/common/affiliation/gazetteer/NameVariants",
            "org/collabatlas/common/affiliation/gazetteer/RorDumpException",
            "org/collabatlas/common/affiliation/gazetteer/RorDumpReader",
            "org/collabatlas/common/affiliation/gazetteer/RorDumpReader$Accumulator",
            "org/collabatlas/common/affiliation/gazetteer/RorRecords",
            "org/collabatlas/common/affiliation/gazetteer/RorRecords$BadRecord",
            "org/collabatlas/common/affiliation/gazetteer/ShippedTable",
            "org/collabatlas/common/affiliation/gazetteer/SkipReason",
            "org/collabatlas/common/affiliation/match/DeletionIndex",
            "org/collabatlas/common/affiliation/match/MatchIndex",
            "org/collabatlas/common/affiliation/match/PreparedGazetteer",
            "org/collabatlas/common/affiliation/match/PreparedGazetteer$Encoded",
            "org/collabatlas/common/affiliation/match/Terms",
            "org/collabatlas/common/binary/BinaryFormatException",
            "org/collabatlas/common/binary/BinaryReader",
            "org/collabatlas/common/binary/BinaryWriter");
    private static volatile String fingerprint;

    private final Path dir;

    private IndexCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (created when missing). */
    public static IndexCache in(Path dir) {
        return new IndexCache(dir.toAbsolutePath().normalize());
    }

    /** No cache: {@link #prepare} always builds. */
    public static IndexCache off() {
        return new IndexCache(null);
    }

    /** The cache directory, or null when off. */
    public Path dir() {
        return dir;
    }

    /**
     * The default cache directory: the folder of the dump when it is a local file in a writable folder, else
     * {@link #userCacheDirectory}.
     *
     * @param localDump the dump when it is a local file, else null (a dump on HDFS or S3)
     */
    public static Path defaultDirectory(Path localDump) {
        if (localDump != null) {
            Path parent = localDump.toAbsolutePath().normalize().getParent();
            if (parent != null && writableDirectory(parent)) {
                return parent;
            }
        }
        return userCacheDirectory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
    }

    /**
     * {@code $XDG_CACHE_HOME/collab-atlas}, or {@code ~/.cache/collab-atlas} when that variable is unset or not an
     * absolute path (as the XDG base directory specification says).
     */
    static Path userCacheDirectory(String xdgCacheHome, String userHome) {
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome).resolve("collab-atlas");
        }
        return Path.of(userHome).resolve(".cache").resolve("collab-atlas");
    }

    /**
     * A directory this process may write to and whose mode allows writing: a folder marked read-only
     * ({@code r-xr-xr-x}, like the shared data folder) is left alone even by root, whom the access check lets
     * write anywhere.
     */
    static boolean writableDirectory(Path d) {
        if (!Files.isDirectory(d) || !Files.isWritable(d)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(d, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = posix.readAttributes().permissions();
            return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** The cache file of a dump with this SHA-256 (hex). */
    public Path file(String dumpSha256) {
        if (dir == null) {
            throw new IllegalStateException("the index cache is off");
        }
        return dir.resolve("ror-index-" + dumpSha256.substring(0, 16) + ".bin");
    }

    /**
     * The gazetteer of a ROR dump (JSON, plain or gzip: {@link Gazetteer#load(InputStream)}) with its index: read
     * from the cache when a valid file for these bytes is there, else built and written to the cache.
     *
     * @throws org.collabatlas.common.affiliation.gazetteer.RorDumpException when the dump cannot be parsed
     */
    public Result prepare(byte[] dump) {
        String sha = sha256(dump);
        if (dir == null) {
            return new Result(build(dump), Outcome.UNCACHED, null, sha, null);
        }
        Path file = file(sha);
        String problem = null;
        try {
            return new Result(read(file, sha), Outcome.READ, file, sha, null);
        } catch (NoSuchFileException e) {
            // first use of this dump
        } catch (BinaryFormatException e) {
            problem = "ignored " + file + ": " + e.getMessage();
        } catch (IOException e) {
            problem = "ignored " + file + ": " + e;
        }
        PreparedGazetteer built = build(dump);
        try {
            write(file, sha, built);
        } catch (IOException | UncheckedIOException e) {
            String why = "could not write " + file + ": " + (e instanceof UncheckedIOException u ? u.getCause() : e);
            problem = problem == null ? why : problem + "; " + why;
        }
        return new Result(built, Outcome.BUILT, file, sha, problem);
    }

    private static PreparedGazetteer build(byte[] dump) {
        return PreparedGazetteer.of(Gazetteer.load(new ByteArrayInputStream(dump)));
    }

    static PreparedGazetteer read(Path file, String sha) throws IOException {
        byte[] b = Files.readAllBytes(file);
        BinaryReader in = new BinaryReader(b);
        if (b.length < TRAILER || in.readInt() != MAGIC) {
            throw new BinaryFormatException("not an index cache file");
        }
        int version = in.readInt();
        if (version != PreparedGazetteer.FORMAT_VERSION) {
            throw new BinaryFormatException("format " + version + ", this build writes "
                    + PreparedGazetteer.FORMAT_VERSION);
        }
        if (!codeFingerprint().equals(in.readString())) {
            throw new BinaryFormatException("written by other index code");
        }
        String fileSha = in.readString();
        if (!sha.equals(fileSha)) {
            throw new BinaryFormatException("index of another dump (SHA-256 " + fileSha + ")");
        }
        int start = b.length - in.remaining();
        int length = in.remaining() - TRAILER;
        BinaryReader trailer = new BinaryReader(b, b.length - TRAILER, TRAILER);
        long declared = trailer.readLong();
        int crc = trailer.readInt();
        if (length < 0 || declared != length) {
            throw new BinaryFormatException("truncated: " + length + " bytes of index, " + declared + " written");
        }
        CRC32C c = new CRC32C();
        c.update(b, start, length);
        if ((int) c.getValue() != crc) {
            throw new BinaryFormatException("checksum mismatch (damaged file)");
        }
        return PreparedGazetteer.read(b, start, length);
    }

    static void write(Path file, String sha, PreparedGazetteer prepared) throws IOException {
        Files.createDirectories(file.getParent());
        // a fresh name in the same folder (so that the rename is atomic), created with the umask's permissions:
        // a cache beside a shared dump is readable by the others who use the dump
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                BinaryWriter header = new BinaryWriter(os);
                header.writeInt(MAGIC).writeInt(PreparedGazetteer.FORMAT_VERSION).writeString(codeFingerprint())
                        .writeString(sha);
                header.flush();
                CRC32C crc = new CRC32C();
                CountingStream counted = new CountingStream(new CheckedOutputStream(os, crc));
                prepared.write(counted);
                header.writeLong(counted.count).writeInt((int) crc.getValue());
                header.flush();
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * SHA-256 (hex) of the bytecode of {@link #FINGERPRINTED} and of the Java feature version (name normalisation
     * follows the JDK's Unicode tables).
     */
    static String codeFingerprint() {
        String f = fingerprint;
        if (f == null) {
            MessageDigest md = digest();
            md.update(Integer.toString(Runtime.version().feature()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String name : FINGERPRINTED) {
                try (InputStream in = IndexCache.class.getResourceAsStream("/" + name + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("class file of " + name + " is not on the classpath");
                    }
                    md.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the class file of " + name, e);
                }
            }
            f = HexFormat.of().formatHex(md.digest());
            fingerprint = f;
        }
        return f;
    }

    /** SHA-256 of the bytes, in hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written through it (the payload length of the trailer). */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
