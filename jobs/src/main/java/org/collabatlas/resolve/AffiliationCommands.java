package org.collabatlas.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationEvaluation;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.MatchCsv;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;
import org.collabatlas.common.config.Settings;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;

/**
 * The standalone matcher commands (no Spark): {@code match-affiliations --in strings.csv --out matches.csv} and
 * {@code evaluate-affiliations --gold gold.csv}, with the gazetteer of {@code resolve.ror} ({@code --ror} sets it).
 */
public final class AffiliationCommands {
    private AffiliationCommands() {
    }

    public static void match(Configuration conf, Settings.Resolve resolve, String in, String out,
            PrintStream console) {
        requireFile(conf, in, "--in");
        AffiliationMatcher m = Gazetteers.matcher(Gazetteers.prepare(conf, resolve), Gazetteers.model(conf, resolve));
        long t = System.nanoTime();
        try (InputStream is = HadoopFiles.open(conf, in); OutputStream os = HadoopFiles.create(conf, out)) {
            long n = MatchCsv.run(is, in, os, m);
            console.printf("match-affiliations: %d rows in %.1f s -> %s%n", n, (System.nanoTime() - t) / 1e9, out);
        } catch (IOException e) {
            throw new UncheckedIOException("match-affiliations: " + e.getMessage(), e);
        }
    }

    public static void evaluate(Configuration conf, Settings.Resolve resolve, String gold, PrintStream console) {
        requireFile(conf, gold, "--gold");
        String ror = resolve.ror();
        PreparedGazetteer prepared = Gazetteers.prepare(conf, resolve);
        Gazetteer g = prepared.gazetteer();
        MatcherModel model = Gazetteers.model(conf, resolve);
        List<AffiliationEvaluation.GoldRow> rows;
        try (InputStream is = HadoopFiles.open(conf, gold)) {
            rows = AffiliationEvaluation.readGold(is, gold);
        } catch (IOException e) {
            throw new UncheckedIOException("evaluate-affiliations: " + e.getMessage(), e);
        }
        AffiliationEvaluation.Report r = AffiliationEvaluation.evaluate(Gazetteers.matcher(prepared, model), rows);
        console.printf("evaluate-affiliations: %s against %s (%d institutions), %s decision%n", gold,
                ror == null ? "the shipped gazetteer" : ror, g.size(),
                model == null ? "rule-based" : "learned (model SHA-256 " + model.sha256() + ")");
        console.print(r.text());
    }

    /** {@code train-matcher}: trains on {@code gold}, measures on {@code tests}, writes the model and its card. */
    public static void train(Configuration conf, Settings.Resolve resolve, String gold, List<String> tests,
            String out, long seed, String date, PrintStream console) {
        requireFile(conf, gold, "--gold");
        for (String t : tests) {
            requireFile(conf, t, "--test");
        }
        String ror = resolve.ror();
        PreparedGazetteer g = Gazetteers.prepare(conf, resolve);
        String registry = ror == null ? "the shipped gazetteer"
                : new org.apache.hadoop.fs.Path(ror).getName() + " (SHA-256 " + sha256(conf, ror) + ")";
        List<MatcherTraining.GoldSet> further = new java.util.ArrayList<>();
        for (String t : tests) {
            further.add(goldSet(conf, t));
        }
        MatcherTraining.Result r = MatcherTraining.train(g, registry, goldSet(conf, gold), further,
                MatcherTraining.Settings.defaults(date).withSeed(seed), console);
        String card = out.endsWith(".json") ? out.substring(0, out.length() - 5) + ".md" : out + ".md";
        try (OutputStream os = HadoopFiles.create(conf, out)) {
            os.write(r.model());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        HadoopFiles.writeString(conf, card, r.card());
        console.printf("train-matcher: model %s (SHA-256 %s), card %s%n", out,
                MatcherModel.of(r.model()).sha256(), card);
    }

    private static MatcherTraining.GoldSet goldSet(Configuration conf, String path) {
        byte[] bytes;
        try (InputStream is = HadoopFiles.open(conf, path)) {
            bytes = is.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        String name = new org.apache.hadoop.fs.Path(path).getName();
        try {
            return new MatcherTraining.GoldSet(name, sha256(bytes),
                    AffiliationEvaluation.readGold(new java.io.ByteArrayInputStream(bytes), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Configuration conf, String path) {
        try (InputStream is = HadoopFiles.open(conf, path)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = is.read(buf); n > 0; n = is.read(buf)) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireFile(Configuration conf, String path, String option) {
        if (!HadoopFiles.exists(conf, path)) {
            throw new InputNotFoundException(option + " " + path + " does not exist", null);
        }
    }
}
