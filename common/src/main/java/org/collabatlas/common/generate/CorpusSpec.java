package org.collabatlas.common.generate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.collabatlas.common.ingest.SourceFormat;

/**
 * What to generate; equal specs give byte-identical corpora.
 *
 * @param papers          N, the number of distinct papers (indexes 0..N-1)
 * @param seed            the seed every paper's randomness derives from, with its index
 * @param formats         output formats: ieee-xplore-api and/or acm-dl
 * @param duplicateShare  with both formats: share of papers written in both, with the same DOI
 * @param acmShare        with both formats: share of papers written only as ACM DL records
 * @param gzip            gzip every file
 * @param papersPerFile   papers per chunk; chunk k holds indexes [k * papersPerFile, (k + 1) * papersPerFile) and
 *                        writes one file per format and ground-truth table, named by k
 * @param gazetteer       where the institutions come from ("shipped" or the ROR dump's path): part of the identity
 */
public record CorpusSpec(long papers, long seed, List<SourceFormat> formats, double duplicateShare, double acmShare,
                         boolean gzip, int papersPerFile, String gazetteer) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Changes whenever the generator's output for a spec changes. */
    public static final int GENERATOR_VERSION = 2;

    public CorpusSpec {
        if (papers < 1) {
            throw new IllegalArgumentException("papers must be at least 1, got " + papers);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        for (SourceFormat f : formats) {
            if (f != SourceFormat.IEEE_XPLORE_API && f != SourceFormat.ACM_DL) {
                throw new IllegalArgumentException("the generator writes ieee-xplore-api and acm-dl, not " + f.id());
            }
        }
        if (duplicateShare < 0 || acmShare < 0 || duplicateShare + acmShare > 1) {
            throw new IllegalArgumentException("duplicate-share and acm-share must be >= 0 with a sum <= 1");
        }
        if (papersPerFile < 1) {
            throw new IllegalArgumentException("papers-per-file must be at least 1");
        }
        formats = List.copyOf(formats);
    }

    public boolean writes(SourceFormat f) {
        return formats.contains(f);
    }

    /** Number of chunks (files per format). */
    public int chunks() {
        return (int) ((papers + papersPerFile - 1) / papersPerFile);
    }

    /** SHA-256 of every field and the generator version: the corpus's identity, kept in its manifest. */
    public String hash() {
        String canonical = "v" + GENERATOR_VERSION + "|" + papers + "|" + seed + "|"
                + formats.stream().map(SourceFormat::id).sorted().toList() + "|" + duplicateShare + "|" + acmShare
                + "|" + gzip + "|" + papersPerFile + "|" + gazetteer;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
