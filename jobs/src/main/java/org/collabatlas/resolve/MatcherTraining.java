package org.collabatlas.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;
import org.collabatlas.common.affiliation.match.AffiliationEvaluation;
import org.collabatlas.common.affiliation.match.AffiliationEvaluation.GoldRow;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.AffiliationMatcher.FeatureRow;
import org.collabatlas.common.affiliation.match.GoldSplit;
import org.collabatlas.common.affiliation.match.IsotonicCalibration;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.generate.AffiliationStyler;
import org.collabatlas.common.generate.CountryCalibration;
import org.collabatlas.common.generate.InstitutionPool;
import org.collabatlas.common.generate.SyntheticInstitution;

/**
 * Trains the affiliation matcher's learned decision ({@link MatcherModel}) from a gold set of (affiliation string,
 * ROR ids), deterministically for a seed: same gold, registry, seed and library version give the same bytes.
 * <ol>
 *   <li><b>Splits</b>: the distinct strings of the gold set, each to the training, validation or test third by a
 *   seeded 64-bit hash of the string ({@link GoldSplit#third}); a string's gold ids are the union of its rows'.</li>
 *   <li><b>Rows</b>: every candidate institution of wide retrieval with its features
 *   ({@link AffiliationMatcher#candidateFeatures}), label 1 when it is a gold id of the string. Strings whose gold
 *   institution the registry lacks, and strings with no organisation, stay in with all labels 0: they teach the
 *   ranker to abstain.</li>
 *   <li><b>Ranker</b>: XGBoost {@code binary:logistic}, histogram trees, one thread (bit-for-bit reproducible), early
 *   stopping on the validation third's log loss; then retrained for exactly the best number of rounds, so the file
 *   holds no trees past it.</li>
 *   <li><b>Calibration</b>: isotonic regression of the validation candidates' labels on the ranker's raw
 *   probability.</li>
 *   <li><b>Thresholds</b>, on the validation third, with the real matcher ({@link AffiliationMatcher#withModel}): the
 *   match threshold with the highest F1 on covered strings (ties to the higher threshold), then the
 *   several-institutions threshold when it raises that F1 (else off).</li>
 *   <li><b>Card</b>: data and registry hashes, split sizes, parameters, candidate recall, and the figures of the
 *   rule-based and learned decisions on the validation and test thirds (and on further test sets, never tuned on).</li>
 * </ol>
 */
public final class MatcherTraining {
    /** Multi-institution threshold that turns the several-institutions rule off. */
    static final double MULTI_OFF = 1.01;

    /** The settings of one training run. */
    public record Settings(long seed, int maxRounds, int earlyStopping, double eta, int maxDepth,
            double minChildWeight, int synthetic, String date) {
        public static Settings defaults(String date) {
            return new Settings(GoldSplit.DEFAULT_SEED, 600, 40, 0.08, 6, 1.0, 2000, date);
        }

        public Settings withSeed(long s) {
            return new Settings(s, maxRounds, earlyStopping, eta, maxDepth, minChildWeight, synthetic, date);
        }

        public Settings withSynthetic(int n) {
            return new Settings(seed, maxRounds, earlyStopping, eta, maxDepth, minChildWeight, n, date);
        }

        public Settings withTrees(double e, int depth, double childWeight) {
            return new Settings(seed, maxRounds, earlyStopping, e, depth, childWeight, synthetic, date);
        }
    }

    /** A gold set with its name (for the card) and SHA-256. */
    public record GoldSet(String name, String sha256, List<GoldRow> rows) {
    }

    /** The trained model's bytes and its card rendered as Markdown. */
    public record Result(byte[] model, String card) {
    }

    record Example(String text, Set<String> gold) {
    }

    private MatcherTraining() {
    }

    /**
     * @param gazetteer     the registry the candidates come from
     * @param registry      how the registry is named in the card (file name and SHA-256)
     * @param train         the gold set split into thirds
     * @param furtherTests  gold sets only measured (never trained or tuned on)
     */
    public static Result train(Gazetteer gazetteer, String registry, GoldSet train, List<GoldSet> furtherTests,
            Settings settings, PrintStream log) {
        return train(PreparedGazetteer.of(gazetteer), registry, train, furtherTests, settings, log);
    }

    /** {@link #train(Gazetteer, String, GoldSet, List, Settings, PrintStream)} over an index built before. */
    public static Result train(PreparedGazetteer prepared, String registry, GoldSet train, List<GoldSet> furtherTests,
            Settings settings, PrintStream log) {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = prepared.gazetteer();
        AffiliationMatcher rules = new AffiliationMatcher(prepared);
        List<List<Example>> thirds = split(train.rows(), settings.seed());
        List<Example> synthetic = synthetic(gazetteer, settings.synthetic(), settings.seed());
        log.printf(Locale.ROOT, "train-matcher: %d distinct strings -> training %d, validation %d, test %d%n",
                thirds.get(0).size() + thirds.get(1).size() + thirds.get(2).size(), thirds.get(0).size(),
                thirds.get(1).size(), thirds.get(2).size());
        List<Example> training = new ArrayList<>(thirds.get(0));
        training.addAll(synthetic);
        Rows tr = rows(rules, training);
        Rows va = rows(rules, thirds.get(1));
        log.printf(Locale.ROOT, "train-matcher: candidate rows: training %d (%d positive), validation %d (%d "
                + "positive); validation candidate recall %.4f (%.1f s)%n", tr.labels.size(), tr.positives,
                va.labels.size(), va.positives, va.recall(), (System.nanoTime() - t0) / 1e9);
        byte[] xgb;
        int rounds;
        try {
            Map<String, Object> params = params(settings);
            DMatrix dtr = tr.matrix();
            DMatrix dva = va.matrix();
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", dtr);
            watches.put("validation", dva);
            float[][] metrics = new float[2][settings.maxRounds()];
            Booster probe = XGBoost.train(dtr, params, settings.maxRounds(), watches, metrics, null, null,
                    settings.earlyStopping());
            String best = probe.getAttr("best_iteration");
            rounds = best == null ? settings.maxRounds() : Integer.parseInt(best) + 1;
            probe.dispose();
            Booster booster = XGBoost.train(dtr, params, rounds, new LinkedHashMap<>(), null, null);
            xgb = booster.toByteArray("json");
            booster.dispose();
            dtr.dispose();
            dva.dispose();
        } catch (XGBoostError e) {
            throw new IllegalStateException("train-matcher: XGBoost failed: " + e.getMessage(), e);
        }
        log.printf(Locale.ROOT, "train-matcher: %d rounds (early stopping on validation log loss) (%.1f s)%n",
                rounds, (System.nanoTime() - t0) / 1e9);
        ObjectNode card = new ObjectMapper().createObjectNode();
        // calibration on validation candidates, through the Java evaluator the matcher uses
        MatcherModel uncalibrated = MatcherModel.of(MatcherModel.document(xgb,
                new IsotonicCalibration(new double[] {1.0}, new double[] {1.0}), 0.5, MULTI_OFF, card));
        double[] raw = new double[va.labels.size()];
        boolean[] lab = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = uncalibrated.raw(va.features.get(i));
            lab[i] = va.labels.get(i);
        }
        IsotonicCalibration cal = IsotonicCalibration.fit(raw, lab);
        List<GoldRow> validation = goldRows(thirds.get(1));
        // every validation string's decision at thresholds 0 (its chosen institutions with their calibrated
        // probabilities, best first); a decision at (t, m) is a prefix of it, so each pair is counted, not rerun
        AffiliationMatcher open = rules.withModel(model(xgb, cal, 0.0, 0.0, card));
        List<Choice> choices = new ArrayList<>();
        for (Example e : thirds.get(1)) {
            boolean covered = true;
            for (String id : e.gold) {
                covered &= gazetteer.byId(id).isPresent();
            }
            if (covered) {
                choices.add(new Choice(open.match(e.text, null).candidates(), e.gold));
            }
        }
        double bestT = 0.5;
        double bestF1 = -1;
        for (int k = 1; k <= 99; k++) {
            double t = k / 100.0;
            double f1 = f1(choices, t, MULTI_OFF);
            if (f1 >= bestF1) {
                bestF1 = f1;
                bestT = t;
            }
        }
        double bestM = MULTI_OFF;
        for (int k = 99; k >= 1; k--) {
            double m = k / 100.0;
            if (m < bestT) {
                break;
            }
            double f1 = f1(choices, bestT, m);
            if (f1 > bestF1 + 0.001) {
                bestF1 = f1;
                bestM = m;
            }
        }
        log.printf(Locale.ROOT, "train-matcher: threshold %.3f, several institutions %s (validation F1 %.4f) "
                + "(%.1f s)%n", bestT, bestM > 1 ? "off" : String.format(Locale.ROOT, "%.2f", bestM), bestF1,
                (System.nanoTime() - t0) / 1e9);
        AffiliationMatcher learned = rules.withModel(model(xgb, cal, bestT, bestM, card));
        fillCard(card, settings, registry, gazetteer, train, thirds, tr, va, rounds, bestT, bestM);
        ObjectNode figures = card.putObject("figures");
        Map<String, List<GoldRow>> sets = new LinkedHashMap<>();
        sets.put(train.name() + " validation third", validation);
        sets.put(train.name() + " test third", goldRows(thirds.get(2)));
        for (GoldSet g : furtherTests) {
            sets.put(g.name(), g.rows());
        }
        for (Map.Entry<String, List<GoldRow>> e : sets.entrySet()) {
            ObjectNode f = figures.putObject(e.getKey());
            report(f.putObject("rules"), AffiliationEvaluation.evaluate(rules, e.getValue()));
            report(f.putObject("learned"), AffiliationEvaluation.evaluate(learned, e.getValue()));
            f.put("candidate_recall", rows(rules, examples(e.getValue())).recall());
        }
        byte[] doc = MatcherModel.document(xgb, cal, bestT, bestM, card);
        log.printf(Locale.ROOT, "train-matcher: done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return new Result(doc, ModelCard.markdown(MatcherModel.of(doc)));
    }

    /** One validation string's decision at thresholds 0 and its gold ids. */
    private record Choice(List<org.collabatlas.common.affiliation.match.Candidate> chosen, Set<String> gold) {
    }

    /**
     * F1 over covered strings (as {@link AffiliationEvaluation}) of the decision at match threshold {@code t} and
     * several-institutions threshold {@code m}: the first institution when its probability reaches {@code t}, then
     * the further ones while theirs reach {@code m}.
     */
    static double f1(List<Choice> choices, double t, double m) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Choice c : choices) {
            long hit = 0;
            long n = 0;
            for (int i = 0; i < c.chosen.size(); i++) {
                double p = c.chosen.get(i).score();
                if ((i == 0 && p < t) || (i > 0 && p < m)) {
                    break;
                }
                n++;
                if (c.gold.contains(c.chosen.get(i).rorId())) {
                    hit++;
                }
            }
            tp += hit;
            fp += n - hit;
            fn += c.gold.size() - hit;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Object> params(Settings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("eta", s.eta());
        p.put("max_depth", s.maxDepth());
        p.put("min_child_weight", s.minChildWeight());
        p.put("lambda", 1.0);
        p.put("tree_method", "hist");
        p.put("max_bin", 256);
        p.put("nthread", 1);
        p.put("seed", s.seed());
        p.put("verbosity", 0);
        return p;
    }

    private static MatcherModel model(byte[] xgb, IsotonicCalibration cal, double t, double m, ObjectNode card) {
        return MatcherModel.of(MatcherModel.document(xgb, cal, t, m, card));
    }

    private static void report(ObjectNode o, AffiliationEvaluation.Report r) {
        o.put("strings", r.all().strings());
        o.put("coverage", round(r.coverage()));
        o.put("precision_covered", round(r.covered().precision()));
        o.put("recall_covered", round(r.covered().recall()));
        o.put("f1_covered", round(r.covered().f1()));
        o.put("precision_all", round(r.all().precision()));
        o.put("recall_all", round(r.all().recall()));
        o.put("country_accuracy", round(r.countryAccuracy()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static void fillCard(ObjectNode card, Settings s, String registry, Gazetteer g, GoldSet train,
            List<List<Example>> thirds, Rows tr, Rows va, int rounds, double t, double m) {
        card.put("date", s.date());
        card.put("trainer", "collab-atlas train-matcher; XGBoost4J 3.4.0, binary:logistic, hist, 1 thread");
        card.put("registry", registry);
        card.put("registry_institutions", g.size());
        ObjectNode data = card.putObject("training_data");
        data.put("gold", train.name());
        data.put("gold_sha256", train.sha256());
        data.put("split", "distinct strings by a seeded 64-bit hash modulo 3: 0 training, 1 validation, 2 test");
        data.put("seed", s.seed());
        data.put("training_strings", thirds.get(0).size());
        data.put("synthetic_training_strings", s.synthetic());
        data.put("synthetic", "strings written by the corpus generator's AffiliationStyler for registry institutions "
                + "(and invented ones, gold: none) drawn by the study's country shares, plus a quarter as many "
                + "industry-lab strings of registry companies (name without its country qualifier, lab words, city, "
                + "country), seeded");
        data.put("validation_strings", thirds.get(1).size());
        data.put("test_strings", thirds.get(2).size());
        data.put("training_rows", tr.labels.size());
        data.put("training_positives", tr.positives);
        data.put("validation_rows", va.labels.size());
        data.put("validation_positives", va.positives);
        ObjectNode p = card.putObject("parameters");
        params(s).forEach((k, v) -> p.put(k, String.valueOf(v)));
        p.put("max_rounds", s.maxRounds());
        p.put("early_stopping_rounds", s.earlyStopping());
        p.put("rounds", rounds);
        card.put("threshold", t);
        card.put("multi_threshold", m > 1 ? "off" : String.valueOf(m));
        ArrayNode f = card.putArray("features");
        AffiliationMatcher.featureNames().forEach(f::add);
    }

    /**
     * {@code n} strings the corpus generator would write ({@link AffiliationStyler}) for institutions drawn from the
     * registry (and invented ones, whose gold is no organisation) by the study's country shares, seeded.
     */
    static List<Example> synthetic(Gazetteer g, int n, long seed) {
        if (n <= 0) {
            return List.of();
        }
        CountryCalibration countries = CountryCalibration.study();
        InstitutionPool pool = new InstitutionPool(g, countries);
        AffiliationStyler styler = new AffiliationStyler(countries);
        double[] w = new double[countries.size()];
        double total = 0;
        for (int c = 0; c < w.length; c++) {
            total += countries.targetPapers(c);
            w[c] = total;
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ 0x5EED5EEDL);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            double x = r.nextDouble() * total;
            int c = 0;
            while (c < w.length - 1 && w[c] <= x) {
                c++;
            }
            SyntheticInstitution inst = pool.draw(countries.code(c), r);
            String text = styler.write(inst, r);
            Set<String> gold = out.computeIfAbsent(text, t -> new LinkedHashSet<>());
            if (inst.rorId() != null) {
                gold.add(inst.rorId());
            }
        }
        companies(g, n / 4, r, countries, out);
        List<Example> ex = new ArrayList<>();
        out.forEach((t, gl) -> ex.add(new Example(t, gl)));
        return ex;
    }

    /** Words industry strings put after or before a company's name (a lab, a division). */
    private static final String[] LAB_WORDS = {"Research", "Research Lab", "Labs", "Research Center", "AI Research",
        "Corporate Research", "R&D Center"};

    /**
     * {@code n} industry strings: a registry company (seeded uniform draw among active records of type company) by
     * its name without the registry's {@code (Country)} qualifier, often with a lab word, its city and its country
     * (as the generator writes countries), the way industry labs sign papers ({@code Microsoft Research, Redmond,
     * USA}); gold: that record.
     */
    private static void companies(Gazetteer g, int n, java.util.SplittableRandom r, CountryCalibration countries,
            Map<String, Set<String>> out) {
        List<org.collabatlas.common.affiliation.gazetteer.Institution> firms = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            var inst = g.get(i);
            if (inst.isCandidate() && inst.types().contains("company")) {
                firms.add(inst);
            }
        }
        if (firms.isEmpty()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            var inst = firms.get(r.nextInt(firms.size()));
            String name = inst.displayName().replaceAll("\\s*\\([^()]*\\)$", "");
            StringBuilder b = new StringBuilder();
            double u = r.nextDouble();
            if (u < 0.4) {
                b.append(name).append(' ').append(LAB_WORDS[r.nextInt(LAB_WORDS.length)]);
            } else if (u < 0.55) {
                b.append(LAB_WORDS[r.nextInt(LAB_WORDS.length)]).append(", ").append(name);
            } else {
                b.append(name);
            }
            if (inst.city() != null && r.nextDouble() < 0.6) {
                b.append(", ").append(inst.city());
            }
            if (inst.countryCode() != null && r.nextDouble() < 0.7) {
                String c = countries.indexOf(inst.countryCode()) >= 0 ? countries.name(inst.countryCode())
                        : inst.countryCode();
                b.append(", ").append(c);
            }
            out.computeIfAbsent(b.toString(), t -> new LinkedHashSet<>()).add(inst.id());
        }
    }

    private static List<List<Example>> split(List<GoldRow> rows, long seed) {
        List<Example> all = examples(rows);
        List<List<Example>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Example e : all) {
            out.get(GoldSplit.third(e.text, seed)).add(e);
        }
        return out;
    }

    /** Distinct strings in first-seen order with the union of their gold ids. */
    private static List<Example> examples(List<GoldRow> rows) {
        Map<String, Set<String>> by = new LinkedHashMap<>();
        for (GoldRow r : rows) {
            by.computeIfAbsent(r.affiliation(), x -> new LinkedHashSet<>()).addAll(r.gold());
        }
        List<Example> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new Example(k, v)));
        return out;
    }

    private static List<GoldRow> goldRows(List<Example> ex) {
        List<GoldRow> out = new ArrayList<>();
        long line = 0;
        for (Example e : ex) {
            out.add(new GoldRow(++line, e.text, e.gold));
        }
        return out;
    }

    /** Candidate rows of a list of strings with labels, and candidate recall over their gold ids. */
    private static final class Rows {
        final List<float[]> features = new ArrayList<>();
        final List<Boolean> labels = new ArrayList<>();
        long positives;
        long goldIds;
        long goldFound;

        double recall() {
            return goldIds == 0 ? 0 : Math.round(10000.0 * goldFound / goldIds) / 10000.0;
        }

        DMatrix matrix() throws XGBoostError {
            int f = AffiliationMatcher.featureNames().size();
            float[] data = new float[features.size() * f];
            float[] y = new float[features.size()];
            for (int i = 0; i < features.size(); i++) {
                System.arraycopy(features.get(i), 0, data, i * f, f);
                y[i] = labels.get(i) ? 1f : 0f;
            }
            DMatrix d = new DMatrix(data, features.size(), f, Float.NaN);
            d.setLabel(y);
            return d;
        }
    }

    /** Candidate recall counts gold ids the registry holds (others can never be found). */
    private static Rows rows(AffiliationMatcher m, List<Example> examples) {
        Rows out = new Rows();
        Gazetteer g = m.gazetteer();
        for (Example e : examples) {
            Set<String> found = new HashSet<>();
            for (FeatureRow r : m.candidateFeatures(e.text, null)) {
                boolean y = e.gold.contains(r.rorId());
                out.features.add(r.features());
                out.labels.add(y);
                if (y) {
                    out.positives++;
                    found.add(r.rorId());
                }
            }
            for (String id : e.gold) {
                if (g.byId(id).isPresent()) {
                    out.goldIds++;
                    if (found.contains(id)) {
                        out.goldFound++;
                    }
                }
            }
        }
        return out;
    }
}
