package org.collabatlas.common.affiliation.match;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.ingest.CsvReader;

/**
 * Precision, recall and F1 of a matcher on a gold set, as issue 3 defines them: per string, with P the predicted
 * ROR ids and G the gold ids, TP += |P ∩ G|, FP += |P \ G|, FN += |G \ P|; precision = TP / (TP + FP), recall =
 * TP / (TP + FN), F1 their harmonic mean (0 when undefined).
 *
 * <p><b>Coverage</b>: the share of gold ids (with repeats) present in the gazetteer (any status). A string is
 * <em>covered</em> when every one of its gold ids is in the gazetteer; a string whose gold is "no organisation"
 * ({@code NP} or empty) is covered (it tests precision only). The restricted figures count covered strings only.
 *
 * <p><b>Country accuracy</b>: over covered strings whose gold ids lie in one country (as the gazetteer records it),
 * the share whose resolved country ({@link MatchResult#country()}) is that country; an unknown country counts as
 * wrong.
 */
public final class AffiliationEvaluation {
    private AffiliationEvaluation() {
    }

    /** One gold pair: the affiliation string and its gold ROR ids in URL form (empty = no organisation). */
    public record GoldRow(long line, String affiliation, Set<String> gold) {
    }

    /** TP / FP / FN counts over some strings. */
    public record Counts(long strings, long tp, long fp, long fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(long t, long f, long n) {
            return new Counts(strings + 1, tp + t, fp + f, fn + n);
        }

        public String line() {
            return String.format(Locale.ROOT, "strings %d  TP %d  FP %d  FN %d  precision %.4f  recall %.4f  F1 %.4f",
                    strings, tp, fp, fn, precision(), recall(), f1());
        }
    }

    /**
     * @param all             every string
     * @param covered         covered strings only
     * @param goldIds         gold ids, with repeats
     * @param goldIdsInGazetteer of those, how many the gazetteer holds
     * @param countryStrings  strings of the country accuracy
     * @param countryCorrect  of those, how many got the gold country
     */
    public record Report(Counts all, Counts covered, long goldIds, long goldIdsInGazetteer, long countryStrings,
            long countryCorrect) {
        public double coverage() {
            return goldIds == 0 ? 0 : (double) goldIdsInGazetteer / goldIds;
        }

        public double countryAccuracy() {
            return countryStrings == 0 ? 0 : (double) countryCorrect / countryStrings;
        }

        public String text() {
            return String.format(Locale.ROOT, "all strings:     %s%n"
                    + "gold ids in gazetteer: %d of %d (coverage %.4f)%n"
                    + "covered strings: %s%n"
                    + "country accuracy (covered, one-country gold): %d of %d = %.4f%n",
                    all.line(), goldIdsInGazetteer, goldIds, coverage(), covered.line(), countryCorrect,
                    countryStrings, countryAccuracy());
        }
    }

    /**
     * Reads a gold CSV (UTF-8, BOM allowed) with a header holding {@code affiliation} and {@code ror_id}; ids are
     * separated by {@code ;} (or spaces), {@code NP} or empty means no organisation; bare 9-character ids get the
     * {@code https://ror.org/} prefix.
     *
     * @throws IllegalArgumentException naming the line, for a missing column or a malformed record
     */
    public static List<GoldRow> readGold(InputStream in, String name) throws IOException {
        CsvReader r = new CsvReader(in, 1 << 22);
        CsvReader.Row header = r.next();
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty file, expected a header affiliation,ror_id");
        }
        int a = header.fields().indexOf("affiliation");
        int g = header.fields().indexOf("ror_id");
        if (a < 0 || g < 0) {
            throw new IllegalArgumentException(name + ": header must have columns affiliation and ror_id, has "
                    + header.fields());
        }
        List<GoldRow> out = new ArrayList<>();
        for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
            if (row.problem() != CsvReader.Problem.NONE || row.fields().size() <= Math.max(a, g)) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": "
                        + (row.problem() != CsvReader.Problem.NONE ? row.problem().name().toLowerCase(Locale.ROOT)
                        : "expected " + header.fields().size() + " fields, found " + row.fields().size()));
            }
            out.add(new GoldRow(row.line(), row.fields().get(a), goldIds(row.fields().get(g))));
        }
        return out;
    }

    /** The ids of a gold cell; empty for {@code NP} or blank. */
    public static Set<String> goldIds(String cell) {
        Set<String> ids = new LinkedHashSet<>();
        for (String p : cell.split("[;\\s]+")) {
            String id = p.strip();
            if (id.isEmpty() || id.equalsIgnoreCase("NP")) {
                continue;
            }
            ids.add(id.startsWith("https://") ? id : "https://ror.org/" + id);
        }
        return ids;
    }

    /** Scores a matcher on gold rows (the country field is null for every string). */
    public static Report evaluate(AffiliationMatcher matcher, List<GoldRow> rows) {
        Gazetteer g = matcher.gazetteer();
        Counts all = new Counts(0, 0, 0, 0);
        Counts covered = new Counts(0, 0, 0, 0);
        long ids = 0;
        long inGaz = 0;
        long cStrings = 0;
        long cCorrect = 0;
        for (GoldRow row : rows) {
            MatchResult m = matcher.match(row.affiliation(), null);
            Set<String> p = new LinkedHashSet<>(m.rorIds());
            long tp = 0;
            for (String id : p) {
                if (row.gold().contains(id)) {
                    tp++;
                }
            }
            long fp = p.size() - tp;
            long fn = row.gold().size() - tp;
            all = all.plus(tp, fp, fn);
            boolean isCovered = true;
            String country = null;
            boolean oneCountry = true;
            for (String id : row.gold()) {
                ids++;
                Institution inst = g.byId(id).orElse(null);
                if (inst == null) {
                    isCovered = false;
                    continue;
                }
                inGaz++;
                if (inst.countryCode() == null || (country != null && !country.equals(inst.countryCode()))) {
                    oneCountry = false;
                }
                country = inst.countryCode();
            }
            if (isCovered) {
                covered = covered.plus(tp, fp, fn);
                if (!row.gold().isEmpty() && oneCountry && country != null) {
                    cStrings++;
                    if (country.equals(m.country())) {
                        cCorrect++;
                    }
                }
            }
        }
        return new Report(all, covered, ids, inGaz, cStrings, cCorrect);
    }
}
