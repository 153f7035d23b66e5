package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.IndexCache.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ROR index cache on the hand-written dumps of {@code src/test/resources/ror}: what is read back matches like
 * what is built, and a damaged file, another dump or a cache that cannot be written never give a wrong index.
 */
class IndexCacheTest {
    /** Active institutions in CN and KR, a withdrawn and an inactive one (see RorFixtures). */
    static final String V2 = "/ror/ror-v2-small.json";
    /** The University of Tokyo and a child. */
    static final String V1 = "/ror/ror-v1-small.json";
    static final List<String> STRINGS = List.of("Tsinghua University, Beijing, China", "Dept. of CS, Tsinghua Univ.",
            "Institute for Interdisciplinary Information Sciences, Tsinghua University", "IIIS, Beijing", "THU",
            "Tsinghua Universty, Bejing", "Korea Advanced Institute of Science and Technology, Daejeon",
            "KAIST, Korea", "한국과학기술원", "Supélec, Gif-sur-Yvette, France", "University of Tokyo, Japan", "", "N/A");

    @TempDir
    Path dir;

    static byte[] dump(String resource) {
        try (InputStream in = IndexCacheTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same match results and candidate features as a matcher built from the dump with no cache. */
    static void assertMatchesLikeFresh(byte[] dump, PreparedGazetteer prepared) {
        Gazetteer fresh = Gazetteer.load(new ByteArrayInputStream(dump));
        assertEquals(fresh.institutions(), prepared.gazetteer().institutions());
        assertEquals(fresh.stats(), prepared.gazetteer().stats());
        assertEquals(fresh.byName("Tsinghua University"), prepared.gazetteer().byName("Tsinghua University"));
        assertEquals(fresh.byAcronym("KAIST"), prepared.gazetteer().byAcronym("KAIST"));
        assertArrayEquals(fresh.tokenPostings("tsinghua"), prepared.gazetteer().tokenPostings("tsinghua"));
        assertEquals(fresh.byCountry("CN"), prepared.gazetteer().byCountry("CN"));
        for (MatcherModel model : java.util.Arrays.asList(null, MatcherModel.shipped())) {
            AffiliationMatcher a = new AffiliationMatcher(fresh, AffiliationMatcher.Options.defaults(), model);
            AffiliationMatcher b = new AffiliationMatcher(prepared, AffiliationMatcher.Options.defaults(), model);
            for (String s : STRINGS) {
                assertEquals(a.match(s, null), b.match(s, null), s);
                List<AffiliationMatcher.FeatureRow> fa = a.candidateFeatures(s, "China");
                List<AffiliationMatcher.FeatureRow> fb = b.candidateFeatures(s, "China");
                assertEquals(fa.size(), fb.size(), s);
                for (int i = 0; i < fa.size(); i++) {
                    assertEquals(fa.get(i).rorId(), fb.get(i).rorId(), s);
                    assertArrayEquals(fa.get(i).features(), fb.get(i).features(), s);
                }
            }
        }
    }

    @Test
    void aCachedIndexIsReadBackAndMatchesLikeAFreshOne() {
        byte[] v2 = dump(V2);
        IndexCache cache = IndexCache.in(dir);
        IndexCache.Result first = cache.prepare(v2);
        assertEquals(Outcome.BUILT, first.outcome());
        assertNull(first.problem());
        assertEquals(IndexCache.sha256(v2), first.dumpSha256());
        assertTrue(Files.isRegularFile(first.file()));
        IndexCache.Result second = cache.prepare(v2);
        assertEquals(Outcome.READ, second.outcome());
        assertEquals(first.file(), second.file());
        assertMatchesLikeFresh(v2, second.prepared());
    }

    @Test
    void javaSerializationGoesThroughTheBinaryFormat() throws Exception {
        byte[] v2 = dump(V2);
        PreparedGazetteer p = PreparedGazetteer.of(Gazetteer.load(new ByteArrayInputStream(v2)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertMatchesLikeFresh(v2, (PreparedGazetteer) in.readObject());
        }
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndRebuilt() throws IOException {
        byte[] v2 = dump(V2);
        IndexCache cache = IndexCache.in(dir);
        Path file = cache.prepare(v2).file();
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(file, flipped);
        IndexCache.Result r = cache.prepare(v2);
        assertEquals(Outcome.BUILT, r.outcome());
        assertTrue(r.problem().contains("checksum"), r.problem());
        assertMatchesLikeFresh(v2, r.prepared());
        assertArrayEquals(good, Files.readAllBytes(file), "rewritten");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 100));
        assertTrue(cache.prepare(v2).problem().contains("truncated"));
        Files.write(file, "not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(cache.prepare(v2).problem().contains("not an index cache file"));
        byte[] otherFormat = good.clone();
        otherFormat[7] ^= 0x7f; // the format version follows the 4-byte magic
        Files.write(file, otherFormat);
        assertTrue(cache.prepare(v2).problem().contains("format"));
        assertEquals(Outcome.READ, cache.prepare(v2).outcome());
    }

    @Test
    void anotherDumpDoesNotReuseTheCache() throws IOException {
        byte[] v2 = dump(V2);
        byte[] changed = new String(v2, java.nio.charset.StandardCharsets.UTF_8)
                .replace("Qinghua Daxue", "Qinghua Da Xue").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IndexCache cache = IndexCache.in(dir);
        IndexCache.Result a = cache.prepare(v2);
        IndexCache.Result b = cache.prepare(changed);
        assertEquals(Outcome.BUILT, b.outcome());
        assertNotEquals(a.file(), b.file());
        assertMatchesLikeFresh(changed, b.prepared());
        assertEquals(1, b.prepared().gazetteer().byName("Qinghua Da Xue").size());
        // a file under the other dump's name (as after a clash of the 16 hex digits in the name) is not trusted
        Files.copy(a.file(), b.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IndexCache.Result c = cache.prepare(changed);
        assertEquals(Outcome.BUILT, c.outcome());
        assertTrue(c.problem().contains("another dump"), c.problem());
        assertEquals(1, c.prepared().gazetteer().byName("Qinghua Da Xue").size());
        IndexCache.Result v1 = cache.prepare(dump(V1));
        assertEquals(Outcome.BUILT, v1.outcome());
        assertMatchesLikeFresh(dump(V1), v1.prepared());
    }

    @Test
    void withoutACacheOrWhereItCannotBeWrittenTheIndexIsBuilt() throws IOException {
        byte[] v2 = dump(V2);
        IndexCache.Result off = IndexCache.off().prepare(v2);
        assertEquals(Outcome.UNCACHED, off.outcome());
        assertNull(off.file());
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        IndexCache.Result r = IndexCache.in(notADir).prepare(v2);
        assertEquals(Outcome.BUILT, r.outcome());
        assertTrue(r.problem().contains("could not write"), r.problem());
        assertMatchesLikeFresh(v2, r.prepared());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(notADir), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void theDefaultDirectoryIsBesideAWritableDumpElseTheUserCache() throws IOException {
        Path writable = Files.createDirectory(dir.resolve("rw"));
        assertEquals(writable, IndexCache.defaultDirectory(writable.resolve("ror.json.gz")));
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path user = IndexCache.userCacheDirectory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
        assertEquals(user, IndexCache.defaultDirectory(null));
        if (Files.getFileAttributeView(readOnly, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                assertFalse(IndexCache.writableDirectory(readOnly), "read-only by its mode, even for root");
                assertEquals(user, IndexCache.defaultDirectory(readOnly.resolve("ror.json.gz")));
            } finally {
                Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        assertEquals(Path.of("/x/cache/collab-atlas"), IndexCache.userCacheDirectory("/x/cache", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/collab-atlas"), IndexCache.userCacheDirectory(null, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/collab-atlas"), IndexCache.userCacheDirectory("relative", "/home/u"),
                "a relative XDG_CACHE_HOME is ignored");
    }

    /** Every nested class of a fingerprinted class is fingerprinted too (a change to it must rebuild the cache). */
    @Test
    void theFingerprintCoversTheNestedClassesOfItsClasses() throws Exception {
        assertEquals(64, IndexCache.codeFingerprint().length());
        for (String name : IndexCache.FINGERPRINTED) {
            java.net.URL url = IndexCache.class.getResource("/" + name + ".class");
            assertTrue(url != null, name);
            if (!"file".equals(url.getProtocol()) || name.contains("$")) {
                continue;
            }
            Path classFile = Path.of(url.toURI());
            String prefix = classFile.getFileName().toString().replace(".class", "$");
            try (var siblings = Files.list(classFile.getParent())) {
                for (Path nested : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    String nestedName = name.substring(0, name.lastIndexOf('/') + 1)
                            + nested.getFileName().toString().replace(".class", "");
                    assertTrue(IndexCache.FINGERPRINTED.contains(nestedName), nestedName + " is not fingerprinted");
                }
            }
        }
    }
}
