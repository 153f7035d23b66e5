package org.collabatlas.common.affiliation.match;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradient-boosted tree ensemble read from XGBoost's JSON model format (the {@code learner} object that
 * {@code Booster.toByteArray("json")} writes) and evaluated in plain Java, so that executors need no native library.
 * Definition, as XGBoost's CPU predictor: features are read as 32-bit floats; at an inner node, a missing value (NaN)
 * goes to the default side, else {@code x < split_condition} goes left; a leaf's value is its
 * {@code split_conditions} entry; the margin is {@code logit(base_score)} plus the sum of the leaves reached (summed in
 * 32-bit floats as XGBoost does), and the probability is {@code 1 / (1 + exp(-margin))}. Only numerical splits of
 * {@code binary:logistic} models are supported; loading anything else fails.
 */
final class TreeEnsemble {
    private final float baseMargin;
    private final Tree[] trees;
    private final int features;

    /**
     * One tree, packed: per node its feature ({@code -1} for a leaf), its left child (the right child is the next
     * node, as XGBoost allocates children in pairs; checked when loading), whether a missing value goes left, and
     * its split condition or leaf value.
     */
    private record Tree(int[] feature, int[] left, boolean[] defaultLeft, float[] cond) {
        float leaf(float[] x) {
            int n = 0;
            int f;
            while ((f = feature[n]) >= 0) {
                float v = f < x.length ? x[f] : Float.NaN;
                int l = left[n];
                if (v != v) {
                    n = defaultLeft[n] ? l : l + 1;
                } else {
                    n = v < cond[n] ? l : l + 1;
                }
            }
            return cond[n];
        }

        static Tree of(int[] left, int[] right, int[] split, float[] cond, boolean[] defaultLeft) {
            int[] feature = new int[left.length];
            for (int i = 0; i < left.length; i++) {
                if (left[i] == -1) {
                    feature[i] = -1;
                } else {
                    if (right[i] != left[i] + 1) {
                        throw new IllegalArgumentException("matcher model: node " + i + "'s children are not a pair");
                    }
                    feature[i] = split[i];
                }
            }
            return new Tree(feature, left, defaultLeft, cond);
        }
    }

    private TreeEnsemble(float baseMargin, Tree[] trees, int features) {
        this.baseMargin = baseMargin;
        this.trees = trees;
        this.features = features;
    }

    /** Reads the {@code learner} of an XGBoost JSON model (the whole document or its {@code learner} object). */
    static TreeEnsemble fromJson(JsonNode doc) {
        JsonNode learner = doc.has("learner") ? doc.get("learner") : doc;
        String objective = learner.path("objective").path("name").asText("");
        if (!objective.equals("binary:logistic")) {
            throw new IllegalArgumentException("matcher model: objective must be binary:logistic, not '" + objective
                    + "'");
        }
        JsonNode param = learner.path("learner_model_param");
        float base = Float.parseFloat(param.path("base_score").asText("0.5").replace("[", "").replace("]", "")
                .split(",")[0]);
        int features = param.path("num_feature").asInt(0);
        JsonNode model = learner.path("gradient_booster").path("model");
        List<Tree> trees = new ArrayList<>();
        for (JsonNode t : model.path("trees")) {
            for (JsonNode st : t.path("split_type")) {
                if (st.asInt() != 0) {
                    throw new IllegalArgumentException("matcher model: categorical splits are not supported");
                }
            }
            trees.add(Tree.of(ints(t.get("left_children")), ints(t.get("right_children")),
                    ints(t.get("split_indices")), floats(t.get("split_conditions")), bools(t.get("default_left"))));
        }
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("matcher model: no trees");
        }
        float margin = (float) Math.log(base / (1.0 - base));
        return new TreeEnsemble(margin, trees.toArray(new Tree[0]), features);
    }

    int features() {
        return features;
    }

    int trees() {
        return trees.length;
    }

    /** The raw margin (log-odds) of one feature vector. */
    float margin(float[] x) {
        return margin(x, 0, trees.length);
    }

    /** The base margin plus the leaves of trees {@code [from, to)}: a partial sum for a cascade. */
    float margin(float[] x, int from, int to) {
        float sum = 0f;
        for (int t = from; t < to; t++) {
            sum += trees[t].leaf(x);
        }
        return from == 0 ? sum + baseMargin : sum;
    }

    /** The model's probability of one feature vector. */
    double probability(float[] x) {
        return 1.0 / (1.0 + Math.exp(-margin(x)));
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static float[] floats(JsonNode a) {
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) a.get(i).asDouble();
        }
        return out;
    }

    private static boolean[] bools(JsonNode a) {
        boolean[] out = new boolean[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt() != 0 || a.get(i).asBoolean(false);
        }
        return out;
    }
}
