package org.collabatlas.common.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.collabatlas.common.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

class KeywordClassifierTest {
    private static final Taxonomy SMALL = Taxonomy.of(List.of(
            new Category("ai", "AI", "", List.of("machine learning", "neural network", "deep learning"),
                    List.of("machine learning hardware accelerator")),
            new Category("networks", "Networks", "", List.of("network", "wi-fi", "5G"),
                    List.of("neural network", "social network", "network visualization")),
            new Category("edge", "Edge computing", "", List.of("edge computing", "fog computing"), List.of())));

    private final KeywordClassifier withTitles = new KeywordClassifier(SMALL, true);
    private final KeywordClassifier keywordsOnly = new KeywordClassifier(SMALL, false);

    @Test
    void phraseOccursInsideALongerKeyword() {
        assertEquals(List.of("edge"), withTitles.classify(List.of("Mobile Edge Computing (MEC)"), null));
        assertEquals(List.of("ai"), withTitles.classify(List.of("Deep-Learning"), null));
    }

    @Test
    void phraseMustBeContiguousAndInOrder() {
        assertEquals(List.of(), withTitles.classify(List.of("computing at the edge"), null));
        assertEquals(List.of(), withTitles.classify(List.of("learning machines"), null));
    }

    @Test
    void pluralsAndCaseMeetTheTerm() {
        assertEquals(List.of("networks"), withTitles.classify(List.of("Wireless Sensor NETWORKS"), null));
        assertEquals(List.of("ai"), withTitles.classify(List.of("Neural Networks"), null));
    }

    @Test
    void exclusionCancelsOnlyTheOccurrenceItCovers() {
        // "network" inside "neural network" is excluded for networks; "neural network" still counts for AI.
        assertEquals(List.of("ai"), withTitles.classify(List.of("convolutional neural networks"), null));
        // in another keyword of the same paper, "network" counts.
        assertEquals(List.of("ai", "networks"),
                withTitles.classify(List.of("neural network", "vehicular networks"), null));
        // in the same text, an occurrence outside the excluded span counts.
        assertEquals(List.of("ai", "networks"),
                withTitles.classify(List.of("neural network based network slicing"), null));
        assertEquals(List.of(), withTitles.classify(List.of("Social Networks", "network visualisation"), null)
                .stream().filter(c -> !c.equals("networks")).toList());
    }

    @Test
    void exclusionOfOneCategoryLeavesOthers() {
        // the AI exclusion covers "machine learning" only for AI
        assertEquals(List.of(), withTitles.classify(List.of("machine learning hardware accelerator"), null));
        assertEquals(List.of("ai"), withTitles.classify(List.of("machine learning", "hardware accelerator"), null));
    }

    @Test
    void multiLabelInTaxonomyOrder() {
        assertEquals(List.of("ai", "networks", "edge"),
                withTitles.classify(List.of("fog computing", "5G", "deep learning"), null));
    }

    @Test
    void titlesOnlyWhenConfigured() {
        assertEquals(List.of("edge"), withTitles.classify(List.of(), "Task offloading in edge computing"));
        assertEquals(List.of(), keywordsOnly.classify(List.of(), "Task offloading in edge computing"));
        assertEquals(List.of(), withTitles.classify(null, null));
    }

    @Test
    void keywordsAreSeparateTexts() {
        // "edge" ends one keyword and "computing" starts the next: no phrase across keywords
        assertEquals(List.of(), keywordsOnly.classify(List.of("sharp edge", "computing"), null));
    }

    @Test
    void explainNamesTheCountedOccurrences() {
        assertEquals(List.of("ai <- 'neural network' in 'neural network based network slicing'",
                "networks <- 'network' in 'neural network based network slicing'",
                "edge <- 'edge computing' in 'At the Edge: Edge Computing'"),
                withTitles.explain(List.of("neural network based network slicing"), "At the Edge: Edge Computing"));
    }

    @Test
    void masksAndIds() {
        long mask = withTitles.classifyMask(List.of("5G", "fog computing"), null);
        assertEquals(0b110L, mask);
        assertEquals(List.of("networks", "edge"), withTitles.ids(mask));
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(withTitles);
        }
        KeywordClassifier copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (KeywordClassifier) in.readObject();
        }
        assertEquals(List.of("ai", "networks"), copy.classify(List.of("neural network based network slicing"), null));
        assertEquals(SMALL.hash(), copy.taxonomy().hash());
    }

    @Test
    void invalidCategoriesAreRejectedWithTheirPath() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> Taxonomy.of(List.of(
                new Category("AI", "AI", "", List.of("x"), List.of()),
                new Category("net", "", "", List.of(), List.of("--")))));
        String m = e.getMessage();
        assertTrue(m.contains("taxonomy.categories[0].id: must be lower-case"), m);
        assertTrue(m.contains("taxonomy.categories[1].name: must be a non-empty string"), m);
        assertTrue(m.contains("taxonomy.categories[1].terms: is empty"), m);
        assertTrue(m.contains("taxonomy.categories[1].exclude[0]: '--' has no letter or digit"), m);
    }
}
