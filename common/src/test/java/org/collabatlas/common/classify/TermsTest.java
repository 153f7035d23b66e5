package org.collabatlas.common.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void splitsAtNonAlphanumericsAndLowerCases() {
        assertEquals(List.of("rendering", "computer", "graphic"), Terms.tokens("Rendering (Computer Graphics)"));
        assertEquals(List.of("wi", "fi"), Terms.tokens("Wi-Fi"));
        assertEquals(List.of("5g", "mobile", "communication"), Terms.tokens("5G mobile communication"));
    }

    @Test
    void removesAccentsAndFoldsCompatibilityForms() {
        assertEquals(List.of("reseaux", "telecom"), Terms.tokens("Réseaux Télécom"));
        assertEquals(List.of("iot"), Terms.tokens("ＩｏＴ"));
    }

    @Test
    void pluralRuleMapsTermAndPluralTogether() {
        assertEquals("network", Terms.singular("networks"));
        assertEquals("device", Terms.singular("devices"));
        assertEquals("technology", Terms.singular("technologies"));
        assertEquals("wireless", Terms.singular("wireless"));
        assertEquals("analysis", Terms.singular("analysis"));
        assertEquals("virus", Terms.singular("virus"));
        assertEquals("gps", Terms.singular("gps"));
        assertEquals("ids", Terms.singular("ids"));
        assertEquals("tie", Terms.singular("ties"));
    }

    @Test
    void emptyAndNull() {
        assertEquals(List.of(), Terms.tokens(null));
        assertEquals(List.of(), Terms.tokens(" -- ; "));
        assertEquals("", Terms.normalize("()"));
    }
}
