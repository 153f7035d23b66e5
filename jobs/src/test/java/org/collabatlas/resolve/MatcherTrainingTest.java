package org.collabatlas.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationEvaluation;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The shipped matcher model against XGBoost itself (the Java tree walker gives XGBoost's probabilities), and
 * {@code train-matcher} reproducing the shipped model byte for byte from the development data.
 */
class MatcherTrainingTest {
    static final int FEATURES = AffiliationMatcher.featureNames().size();

    /**
     * 5,000 feature vectors drawn around the values features take (0/1 flags, small counts, scores in [0, 1.1]):
     * {@link MatcherModel#raw} equals XGBoost's own prediction of the same booster within 1e-6.
     */
    @Test
    void javaTreeWalkerEqualsXGBoost() throws Exception {
        MatcherModel model = MatcherModel.shipped();
        assertNotNull(model, "the build ships a matcher model");
        JsonNode doc = new ObjectMapper().readTree(model.bytes());
        Booster booster = XGBoost.loadModel(new ObjectMapper().writeValueAsBytes(doc.get("xgboost")));
        SplittableRandom r = new SplittableRandom(7);
        int n = 5000;
        float[] data = new float[n * FEATURES];
        for (int i = 0; i < data.length; i++) {
            int kind = r.nextInt(4);
            data[i] = switch (kind) {
                case 0 -> r.nextInt(2);
                case 1 -> r.nextInt(12);
                case 2 -> (float) (r.nextDouble() * 1.1);
                default -> (float) (r.nextDouble() * 20 - 2);
            };
        }
        float[][] xgb = booster.predict(new DMatrix(data, n, FEATURES, Float.NaN));
        double max = 0;
        for (int i = 0; i < n; i++) {
            float[] row = new float[FEATURES];
            System.arraycopy(data, i * FEATURES, row, 0, FEATURES);
            max = Math.max(max, Math.abs(model.raw(row) - xgb[i][0]));
        }
        booster.dispose();
        assertTrue(max < 1e-6, "largest difference from XGBoost " + max);
    }

    /** The card's figures and the bytes: train-matcher on crossref-train (ror-logs measured) gives the shipped file. */
    @Test
    void trainMatcherReproducesTheShippedModel() throws Exception {
        Path ror = SharedData.dir("ror").resolve("ror-v2-partial.json.gz");
        Path aff = SharedData.dir("affiliations");
        MatcherModel shipped = MatcherModel.shipped();
        // through the index cache the shared-data fixture writes (one parse of the dump per build)
        org.collabatlas.common.affiliation.match.PreparedGazetteer g =
                org.collabatlas.common.affiliation.match.IndexCache.in(Fixtures.indexCacheDir())
                        .prepare(Files.readAllBytes(ror)).prepared();
        MatcherTraining.GoldSet crossref = gold(aff.resolve("crossref-train.csv"));
        MatcherTraining.GoldSet logs = gold(aff.resolve("ror-logs-train.csv"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String registry = shipped.card().path("registry").asText();
        MatcherTraining.Result r = MatcherTraining.train(g, registry, crossref, List.of(logs),
                MatcherTraining.Settings.defaults(shipped.card().path("date").asText()),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        System.out.print(log.toString(StandardCharsets.UTF_8));
        assertEquals(shipped.sha256(), MatcherModel.of(r.model()).sha256(),
                "train-matcher no longer reproduces the shipped model: retrain (docs/affiliations.md) and ship it");
        assertArrayEquals(shipped.bytes(), r.model());
        try (InputStream card = MatcherModel.class.getResourceAsStream("matcher-model.md")) {
            assertEquals(new String(card.readAllBytes(), StandardCharsets.UTF_8), r.card());
        }
    }

    private static MatcherTraining.GoldSet gold(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        return new MatcherTraining.GoldSet(p.getFileName().toString(), sha,
                AffiliationEvaluation.readGold(new java.io.ByteArrayInputStream(b), p.getFileName().toString()));
    }
}
