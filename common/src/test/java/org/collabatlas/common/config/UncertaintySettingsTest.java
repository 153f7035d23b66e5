package org.collabatlas.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code uncertainty.*}: defaults, typed values and validation with the key's path. */
class UncertaintySettingsTest {

    @Test
    void defaults() {
        assertEquals(new Settings.Uncertainty(true, 100, 1, 0.95), AtlasConfigTest.with().uncertainty());
        assertEquals(new Settings.Uncertainty(false, 1000, -5, 0.9), AtlasConfigTest.with("uncertainty.enabled=false",
                "uncertainty.replicates=1000", "uncertainty.seed=-5", "uncertainty.confidence=0.9").uncertainty());
    }

    @Test
    void badValuesAreNamed() {
        List<String> p = AtlasConfigTest.problems("uncertainty.replicates=0", "uncertainty.confidence=1",
                "uncertainty.seed=x", "uncertainty.enabled=maybe");
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("uncertainty.replicates: must be a whole number from 1")), p
                .toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("uncertainty.confidence: must be a number between 0 and 1")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("uncertainty.seed:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("uncertainty.enabled:")), p.toString());
        assertTrue(AtlasConfigTest.problems("uncertainty.confidence=0").get(0).startsWith("uncertainty.confidence"));
        assertTrue(AtlasConfigTest.problems("uncertainty.replicate=5").get(0)
                .contains("did you mean 'uncertainty.replicates'"));
    }
}
