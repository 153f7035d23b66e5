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
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;

/**
 * The standalone matcher commands (no Spark): {@code match-affiliations --in strings.csv --out matches.csv} and
 * {@code evaluate-affiliations --gold gold.csv}, with the gazetteer of {@code resolve.ror} ({@code --ror} sets it).
 */
public final class AffiliationCommands {
    private AffiliationCommands() {
    }

    public static void match(Configuration conf, String ror, String in, String out, PrintStream console) {
        requireFile(conf, in, "--in");
        AffiliationMatcher m = new AffiliationMatcher(Gazetteers.load(conf, ror));
        long t = System.nanoTime();
        try (InputStream is = HadoopFiles.open(conf, in); OutputStream os = HadoopFiles.create(conf, out)) {
            long n = MatchCsv.run(is, in, os, m);
            console.printf("match-affiliations: %d rows in %.1f s -> %s%n", n, (System.nanoTime() - t) / 1e9, out);
        } catch (IOException e) {
            throw new UncheckedIOException("match-affiliations: " + e.getMessage(), e);
        }
    }

    public static void evaluate(Configuration conf, String ror, String gold, PrintStream console) {
        requireFile(conf, gold, "--gold");
        Gazetteer g = Gazetteers.load(conf, ror);
        List<AffiliationEvaluation.GoldRow> rows;
        try (InputStream is = HadoopFiles.open(conf, gold)) {
            rows = AffiliationEvaluation.readGold(is, gold);
        } catch (IOException e) {
            throw new UncheckedIOException("evaluate-affiliations: " + e.getMessage(), e);
        }
        AffiliationEvaluation.Report r = AffiliationEvaluation.evaluate(new AffiliationMatcher(g), rows);
        console.printf("evaluate-affiliations: %s against %s (%d institutions)%n", gold,
                ror == null ? "the shipped gazetteer" : ror, g.size());
        console.print(r.text());
    }

    private static void requireFile(Configuration conf, String path, String option) {
        if (!HadoopFiles.exists(conf, path)) {
            throw new InputNotFoundException(option + " " + path + " does not exist", null);
        }
    }
}
