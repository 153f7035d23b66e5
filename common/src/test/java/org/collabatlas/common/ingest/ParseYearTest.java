package org.collabatlas.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Json#parseYear} against its definition as regular expressions, on hand cases and random strings. */
class ParseYearTest {
    /** The definition (the former implementation). */
    private static Integer byRegex(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 4 && t.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            t = t.substring(0, 4);
        }
        return t.matches("\\d{1,9}") ? Integer.parseInt(t) : null;
    }

    @Test
    void handCases() {
        assertEquals(2019, Json.parseYear("2019"));
        assertEquals(2019, Json.parseYear(" 2019-05 "));
        assertEquals(2019, Json.parseYear("2019-05-17"));
        assertEquals(123456789, Json.parseYear("123456789"));
        assertNull(Json.parseYear("1234567890"));
        assertNull(Json.parseYear("2019-5"));
        assertNull(Json.parseYear("٢٠١٩")); // Arabic-Indic digits are not read as a year
        assertNull(Json.parseYear(""));
        assertNull(Json.parseYear(null));
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomStrings() {
        char[] alphabet = {'0', '1', '2', '9', '9', '-', '-', ' ', 'x', '٣', '/'};
        Random rnd = new Random(5);
        for (int k = 0; k < 300_000; k++) {
            String raw = RandomText.of(alphabet, 12, rnd);
            assertEquals(byRegex(raw), Json.parseYear(raw), () -> "on '" + raw + "'");
        }
        // the dated forms, which random strings rarely hit
        for (String s : new String[] {"2019-05", "2019-05-1", "2019-05-17", "2019-0517", "201-05-17", "2019-05-17-",
            "20190-05", "2019--05", "2019-05-177"}) {
            assertEquals(byRegex(s), Json.parseYear(s), s);
        }
    }
}
