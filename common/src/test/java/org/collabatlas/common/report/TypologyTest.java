package org.collabatlas.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.collabatlas.common.config.Settings;
import org.junit.jupiter.api.Test;

/** The typology rule on hand-worked cases and on the study's own figures, whose labels the study states. */
class TypologyTest {
    static final Settings.Typology DEFAULTS = new Settings.Typology(1.0, 1.0, 2.5, 2.0, 25);

    @Test
    void quadrantsAroundTheReference() {
        Typology t = new Typology(100, 0.1, DEFAULTS);
        assertEquals(PartnerType.LEADING_GLOBALLY, t.classify(101, 0.2));
        assertEquals(PartnerType.EXCHANGE_CENTRED, t.classify(10, 0.11));
        assertEquals(PartnerType.OWN_PATH, t.classify(1000, 0.01));
        assertEquals(PartnerType.EARLY_STAGE, t.classify(10, 0.01));
        // below both lines but within 2.5x papers (>= 40) and 2x eigenvector (>= 0.05): similar
        assertEquals(PartnerType.SIMILAR, t.classify(40, 0.05));
        assertEquals(PartnerType.EARLY_STAGE, t.classify(39, 0.05));
        assertEquals(PartnerType.EARLY_STAGE, t.classify(40, 0.049));
    }

    @Test
    void onTheLineIsNotAbove() {
        Typology t = new Typology(100, 0.1, DEFAULTS);
        // equal papers and eigenvector: not above either line, and within both factors
        assertEquals(PartnerType.SIMILAR, t.classify(100, 0.1));
        assertEquals(PartnerType.EXCHANGE_CENTRED, t.classify(100, 0.1000001));
        assertEquals(PartnerType.OWN_PATH, t.classify(100.5, 0.1));
    }

    @Test
    void thresholdsMoveTheLines() {
        Typology t = new Typology(100, 0.1, new Settings.Typology(2.0, 0.5, 1.0, 1.0, 25));
        assertEquals(200, t.papersLine(), 1e-12);
        assertEquals(0.05, t.eigenvectorLine(), 1e-12);
        assertEquals(PartnerType.EXCHANGE_CENTRED, t.classify(150, 0.06));
        assertEquals(PartnerType.LEADING_GLOBALLY, t.classify(201, 0.06));
        // factors of 1: nothing below the reference is similar
        assertEquals(PartnerType.EARLY_STAGE, t.classify(99, 0.049));
    }

    /** The study's 30 Asian/Pacific countries (papers, eigenvector) and the types its summary gives them. */
    @Test
    void theStudysFiguresGiveTheStudysLabels() {
        Map<String, double[]> study = new LinkedHashMap<>();
        study.put("CN", new double[] {571656, 0.600});
        study.put("IN", new double[] {167641, 0.094});
        study.put("KR", new double[] {57715, 0.093});
        study.put("AU", new double[] {50597, 0.194});
        study.put("TW", new double[] {40755, 0.065});
        study.put("SG", new double[] {29509, 0.135});
        study.put("HK", new double[] {26661, 0.170});
        study.put("ID", new double[] {26594, 0.006});
        study.put("IR", new double[] {22460, 0.030});
        study.put("TR", new double[] {21985, 0.023});
        study.put("MY", new double[] {20165, 0.019});
        study.put("SA", new double[] {15406, 0.050});
        study.put("TH", new double[] {13033, 0.008});
        study.put("MO", new double[] {5270, 0.037});
        study.put("KP", new double[] {30, 0.000});
        Typology t = new Typology(94078, 0.114, DEFAULTS);
        Map<String, PartnerType> expected = Map.of("CN", PartnerType.LEADING_GLOBALLY,
                "AU", PartnerType.EXCHANGE_CENTRED, "HK", PartnerType.EXCHANGE_CENTRED,
                "SG", PartnerType.EXCHANGE_CENTRED, "IN", PartnerType.OWN_PATH,
                "KR", PartnerType.SIMILAR, "TW", PartnerType.SIMILAR);
        study.forEach((code, v) -> assertEquals(expected.getOrDefault(code, PartnerType.EARLY_STAGE),
                t.classify(v[0], v[1]), code));
    }
}
