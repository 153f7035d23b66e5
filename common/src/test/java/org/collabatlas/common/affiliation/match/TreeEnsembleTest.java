package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
    /**
     * Two trees in XGBoost's JSON layout. Tree 0: x0 < 0.5 ? 0.2 : (x1 < 2 ? -0.1 : 0.3), missing x0 to the right;
     * tree 1: x1 < 1 ? 0.05 : -0.05, missing to the left. base_score 0.5 (margin 0).
     */
    static final String MODEL = """
            {"learner": {"objective": {"name": "binary:logistic"},
             "learner_model_param": {"base_score": "[5E-1]", "num_feature": "2"},
             "gradient_booster": {"model": {"trees": [
               {"left_children": [1, -1, 3, -1, -1], "right_children": [2, -1, 4, -1, -1],
                "split_indices": [0, 0, 1, 0, 0], "split_conditions": [0.5, 0.2, 2.0, -0.1, 0.3],
                "default_left": [0, 0, 0, 0, 0], "split_type": [0, 0, 0, 0, 0]},
               {"left_children": [1, -1, -1], "right_children": [2, -1, -1],
                "split_indices": [1, 0, 0], "split_conditions": [1.0, 0.05, -0.05],
                "default_left": [1, 0, 0], "split_type": [0, 0, 0]}]}}}}
            """;

    static TreeEnsemble model() throws Exception {
        return TreeEnsemble.fromJson(new ObjectMapper().readTree(MODEL));
    }

    @Test
    void walksTheTreesAsWorkedByHand() throws Exception {
        TreeEnsemble t = model();
        assertEquals(2, t.trees());
        assertEquals(0.2f + 0.05f, t.margin(new float[] {0.1f, 0.5f}), 1e-7);
        assertEquals(-0.1f - 0.05f, t.margin(new float[] {0.7f, 1.5f}), 1e-7);
        assertEquals(0.3f - 0.05f, t.margin(new float[] {0.5f, 2.0f}), 1e-7); // equal to the split: right
        // missing x0 goes right (default_left 0), missing x1 left in tree 1 and right (x1 < 2 false... NaN) in tree 0
        assertEquals(0.3f + 0.05f, t.margin(new float[] {Float.NaN, Float.NaN}), 1e-7);
        assertEquals(1 / (1 + Math.exp(-(0.25))), t.probability(new float[] {0.1f, 0.5f}), 1e-7);
    }

    @Test
    void refusesOtherObjectives() {
        assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.fromJson(new ObjectMapper().readTree(
                MODEL.replace("binary:logistic", "reg:squarederror"))));
    }
}
