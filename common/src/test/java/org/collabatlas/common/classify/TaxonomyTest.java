package org.collabatlas.common.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collabatlas.common.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private static final String TWO = """
            taxonomy {
              categories = [
                { id = ai, name = "AI", scope = "learning", terms = ["machine learning"], exclude = [] }
                { id = optical-quantum, name = "Optical & quantum", terms = ["quantum computing", "photonics"],
                  exclude = ["quantum chemistry"] }
              ]
            }
            """;

    @Test
    void parsesCategoriesInOrder() {
        Taxonomy t = Taxonomy.parse(TWO, "two.conf");
        assertEquals(List.of("ai", "optical-quantum"), t.ids());
        Category oq = t.categories().get(1);
        assertEquals("Optical & quantum", oq.name());
        assertEquals("", oq.scope());
        assertEquals(List.of("quantum computing", "photonics"), oq.terms());
        assertEquals(List.of("quantum chemistry"), oq.exclude());
        assertEquals("two.conf", t.origin());
        assertEquals(64, t.hash().length());
        assertNotEquals(t.hash(), Taxonomy.parse(TWO.replace("photonics", "photonic"), "x").hash());
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        String bad = """
                taxonomy {
                  categories = [
                    { id = ai, name = "AI", terms = ["machine learning"], includes = ["x"] }
                    { id = ai, name = "Again", terms = ["Neural Networks", "neural network"] }
                    { name = "no id", terms = "x" }
                  ]
                  version = 2
                }
                """;
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> Taxonomy.parse(bad, "bad.conf"));
        List<String> p = e.problems();
        assertTrue(p.contains("bad.conf: taxonomy.version: unknown key"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("bad.conf: taxonomy.categories[0].includes: unknown key")),
                p.toString());
        assertTrue(p.contains("bad.conf: taxonomy.categories[2].id: missing"), p.toString());
        assertTrue(p.contains("bad.conf: taxonomy.categories[2].terms: must be a list of strings"), p.toString());
    }

    @Test
    void duplicateIdsAndRepeatedPhrases() {
        String bad = """
                taxonomy.categories = [
                  { id = ai, name = "AI", terms = ["machine learning"] }
                  { id = ai, name = "Again", terms = ["Neural Networks", "neural network"] }
                ]
                """;
        List<String> p = assertThrows(InvalidConfigException.class, () -> Taxonomy.parse(bad, "b")).problems();
        assertEquals(List.of("b: taxonomy.categories[1].id: 'ai' is used by an earlier category",
                "b: taxonomy.categories[1].terms[1]: 'neural network' repeats taxonomy.categories[1].terms[0] "
                        + "(both normalise to 'neural network')"), p);
    }

    @Test
    void syntaxErrorsNameTheOrigin() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Taxonomy.parse("taxonomy { categories = [ ", "broken.conf"));
        assertTrue(e.getMessage().contains("broken.conf"), e.getMessage());
    }

    @Test
    void theShippedTaxonomyIsValidAndHasTheStudysEightCategories() throws IOException {
        Taxonomy t = Taxonomy.parse(Files.readString(shipped()), "taxonomy.conf");
        assertEquals(List.of("ai", "iot", "edge", "security", "devices", "networks", "bigdata", "optical-quantum"),
                t.ids());
        for (Category c : t.categories()) {
            assertTrue(c.terms().size() >= 10, c.id() + " has few include phrases");
            assertTrue(!c.scope().isBlank(), c.id() + " has no scope");
        }
    }

    /** {@code conf/taxonomy.conf} of the project root. */
    static Path shipped() {
        String root = System.getProperty("collabatlas.root");
        return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent()).resolve("conf")
                .resolve("taxonomy.conf");
    }
}
