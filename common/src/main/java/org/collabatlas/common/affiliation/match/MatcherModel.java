package org.collabatlas.common.affiliation.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The learned decision of {@link AffiliationMatcher}: a gradient-boosted tree ranker over the
 * {@linkplain CandidateFeatures features} of each candidate institution, an isotonic calibration of its score, and the
 * two thresholds chosen on a validation split. Written by {@code collab-atlas train-matcher} as one JSON document:
 * <pre>
 * { "format": "collab-atlas-matcher/1", "features": [names...], "threshold": t, "multi_threshold": m,
 *   "calibration": {"upper": [...], "value": [...]}, "xgboost": {learner...},
 *   "card": {...training data, hashes, figures...} }
 * </pre>
 * The shipped model is a resource of this package ({@value #SHIPPED}); {@code resolve.matcher-model} points at
 * another file. Serializable as its bytes, so a Spark broadcast ships the file, not the parsed trees.
 */
public final class MatcherModel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The format tag this reader understands. */
    public static final String FORMAT = "collab-atlas-matcher/1";
    /** Resource name of the shipped model, beside this class. */
    public static final String SHIPPED = "matcher-model.json";

    private final byte[] bytes;
    private final String sha256;
    private transient volatile Parsed parsed;

    private record Parsed(TreeEnsemble trees, IsotonicCalibration calibration, double threshold,
            double multiThreshold, JsonNode card) {
    }

    private MatcherModel(byte[] bytes) {
        this.bytes = bytes.clone();
        this.sha256 = sha256(bytes);
        parsed();
    }

    /** A model from the bytes of its JSON document; fails with a clear message when it is not one. */
    public static MatcherModel of(byte[] bytes) {
        return new MatcherModel(bytes);
    }

    public static MatcherModel load(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read matcher model " + file + ": " + e.getMessage(), e);
        }
    }

    private static volatile MatcherModel shipped;
    private static volatile boolean shippedRead;

    /** The model shipped in the jar (read and parsed once per JVM), or null when the build has none. */
    public static MatcherModel shipped() {
        if (!shippedRead) {
            synchronized (MatcherModel.class) {
                if (!shippedRead) {
                    try (InputStream in = MatcherModel.class.getResourceAsStream(SHIPPED)) {
                        shipped = in == null ? null : of(in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shippedRead = true;
                }
            }
        }
        return shipped;
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            p = parse(bytes);
            parsed = p;
        }
        return p;
    }

    private static Parsed parse(byte[] bytes) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("matcher model is not JSON: " + e.getMessage(), e);
        }
        if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
            throw new IllegalArgumentException("matcher model: format must be '" + FORMAT + "'");
        }
        List<String> names = new ArrayList<>();
        doc.path("features").forEach(n -> names.add(n.asText()));
        if (!names.equals(CandidateFeatures.NAMES)) {
            throw new IllegalArgumentException("matcher model was trained on other features than this matcher "
                    + "computes (retrain with collab-atlas train-matcher): model " + names + ", matcher "
                    + CandidateFeatures.NAMES);
        }
        TreeEnsemble trees = TreeEnsemble.fromJson(doc.path("xgboost"));
        JsonNode cal = doc.path("calibration");
        return new Parsed(trees, new IsotonicCalibration(doubles(cal.path("upper")), doubles(cal.path("value"))),
                doc.path("threshold").asDouble(), doc.path("multi_threshold").asDouble(), doc.path("card"));
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    /**
     * The model document in its one canonical form (field order and number format fixed, so that the same training
     * writes the same bytes).
     *
     * @param xgboost        the booster as XGBoost's JSON ({@code Booster.toByteArray("json")})
     * @param calibration    the isotonic map of raw scores
     * @param threshold      calibrated probability the best candidate needs
     * @param multiThreshold calibrated probability a further institution needs (above 1: one per string)
     * @param card           the model card's fields
     */
    public static byte[] document(byte[] xgboost, IsotonicCalibration calibration, double threshold,
            double multiThreshold, JsonNode card) {
        ObjectMapper om = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = om.createObjectNode();
        root.put("format", FORMAT);
        com.fasterxml.jackson.databind.node.ArrayNode f = root.putArray("features");
        CandidateFeatures.NAMES.forEach(f::add);
        root.put("threshold", threshold);
        root.put("multi_threshold", multiThreshold);
        com.fasterxml.jackson.databind.node.ObjectNode cal = root.putObject("calibration");
        com.fasterxml.jackson.databind.node.ArrayNode u = cal.putArray("upper");
        for (double x : calibration.upper()) {
            u.add(x);
        }
        com.fasterxml.jackson.databind.node.ArrayNode v = cal.putArray("value");
        for (double x : calibration.values()) {
            v.add(x);
        }
        root.set("card", card);
        try {
            root.set("xgboost", om.readTree(xgboost));
            return om.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("xgboost model is not JSON: " + e.getMessage(), e);
        }
    }

    /** Candidates kept after the cascade's first stage. */
    static final int CASCADE_KEEP = 4;
    /** Share of the trees in the cascade's first stage. */
    static final double CASCADE_SHARE = 0.1;

    /**
     * The ranker's raw probabilities of one string's candidates, by a two-stage cascade: every candidate is scored by
     * the first {@value #CASCADE_SHARE} of the trees, and only the {@value #CASCADE_KEEP} best of that partial sum
     * (ties to the earlier candidate) by all of them; the others get NaN (not ranked). Deterministic, and equal to
     * {@link #raw} for every candidate it ranks.
     */
    public double[] rank(List<float[]> candidates) {
        TreeEnsemble t = parsed().trees;
        int n = candidates.size();
        double[] out = new double[n];
        if (n <= CASCADE_KEEP) {
            for (int i = 0; i < n; i++) {
                out[i] = raw(candidates.get(i));
            }
            return out;
        }
        int first = Math.max(1, (int) (t.trees() * CASCADE_SHARE));
        float[] partial = new float[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            partial[i] = t.margin(candidates.get(i), 0, first);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> partial[a] != partial[b] ? Float.compare(partial[b], partial[a])
                : Integer.compare(a, b));
        java.util.Arrays.fill(out, Double.NaN);
        for (int k = 0; k < CASCADE_KEEP; k++) {
            int i = order[k];
            out[i] = t.probability(candidates.get(i));
        }
        return out;
    }

    /** The ranker's raw probability for one feature vector (order of {@link CandidateFeatures#NAMES}). */
    public double raw(float[] features) {
        return parsed().trees.probability(features);
    }

    /** The calibrated probability of a raw one. */
    public double calibrated(double raw) {
        return parsed().calibration.apply(raw);
    }

    /** The calibrated probability the best candidate needs to be matched. */
    public double threshold() {
        return parsed().threshold;
    }

    /** The calibrated probability a further institution (not a relative of a chosen one) needs. */
    public double multiThreshold() {
        return parsed().multiThreshold;
    }

    /** The model card (training data, hashes, features, validation figures), as written by the trainer. */
    public JsonNode card() {
        return parsed().card;
    }

    /** SHA-256 of the model file, hex: what run summaries record as the model's identity. */
    public String sha256() {
        return sha256;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
