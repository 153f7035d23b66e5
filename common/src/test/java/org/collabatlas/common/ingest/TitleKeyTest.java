package org.collabatlas.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Normalize#titleKey} (an all-ASCII fast path, else the normaliser) against its definition: NFKD, marks
 * removed, lower case, everything but letters and digits removed; on hand cases and random strings.
 */
class TitleKeyTest {
    /** The definition (the former implementation). */
    private static String byDefinition(String title) {
        if (title == null) {
            return null;
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return s.isEmpty() ? null : s;
    }

    @Test
    void handCases() {
        assertNull(Normalize.titleKey(null));
        assertNull(Normalize.titleKey(""));
        assertNull(Normalize.titleKey(" -- ; "));
        assertEquals("deeplearningfor5gnetworks", Normalize.titleKey("Deep Learning for 5G Networks!"));
        assertEquals("resume", Normalize.titleKey("Résumé"));
        assertEquals("muller", Normalize.surnameKey("Müller, Jörg"));
        assertEquals("smith", Normalize.surnameKey("John  SMITH"));
        assertEquals("東京大学", Normalize.titleKey("東京 大学"));
    }

    @Test
    void sameAsTheDefinitionOnRandomStrings() {
        char[] alphabet = {' ', 'a', 'Z', 'q', '0', '9', '-', '_', '.', '\t', '\u007F', '\u0000', '@', '[', '`', '{',
            'é', 'Ö', '\u0301', 'ß', 'İ', '\uFB01', '\u00BD', '²', '東', '\u3000', '\uD83D', '\uDE00', 'Ⅻ'};
        char[] ascii = new char[128];
        for (int c = 0; c < 128; c++) {
            ascii[c] = (char) c;
        }
        Random rnd = new Random(5);
        for (int k = 0; k < 200_000; k++) {
            String raw = RandomText.of(k % 2 == 0 ? alphabet : ascii, 16, rnd);
            assertEquals(byDefinition(raw), Normalize.titleKey(raw), () -> "on " + raw.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
