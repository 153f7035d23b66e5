package org.collabatlas.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Normalize#text} against its definition as regular expressions, on hand cases and random strings. */
class NormalizeTextTest {
    /** The definition (the former implementation). */
    private static String byRegex(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\p{Cc}\\u2028\\u2029]", " ").strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }

    @Test
    void handCases() {
        assertNull(Normalize.text(null));
        assertNull(Normalize.text(""));
        assertNull(Normalize.text(" \t\r\n\u2028\u3000 "));
        assertEquals("a b", Normalize.text("  a \t\n  b\u0085"));
        assertEquals("Dept. of CS, Univ. of Tokyo", Normalize.text("Dept. of CS,\u0000Univ.  of\u2029Tokyo\r"));
        // a no-break space is neither a control character nor stripped: kept as it is
        assertEquals("a\u00A0 b", Normalize.text("a\u00A0 \u001F b"));
        // an ideographic space inside is kept (not \s), at the ends stripped
        assertEquals("東京\u3000大学", Normalize.text("\u3000東京\u3000大学\u3000"));
        String clean = "Tsinghua University, Beijing, China";
        assertEquals(clean, Normalize.text(clean));
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomStrings() {
        char[] alphabet = {' ', ' ', ' ', 'a', 'b', 'é', '\t', '\n', '\r', '\u000B', '\f', '\u0000', '\u001C', '\u001F',
            '\u007F', '\u0085', '\u009F', '\u00A0', '\u1680', '\u2003', '\u2007', '\u2028', '\u2029', '\u202F',
            '\u3000', '\uFEFF', '\uD83D', '\uDE00', ',', '.'};
        Random rnd = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            String raw = RandomText.of(alphabet, 12, rnd);
            assertEquals(byRegex(raw), Normalize.text(raw), () -> "on " + raw.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
