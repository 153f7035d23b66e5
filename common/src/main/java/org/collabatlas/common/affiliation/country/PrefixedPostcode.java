package org.collabatlas.common.affiliation.country;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes written with the country's vehicle / postal prefix and a hyphen, a European habit that Web of Science
 * and publishers keep: {@code D-42119 Wuppertal} (DE), {@code I-20133 Milan} (IT), {@code F-38920 Crolles} (FR),
 * {@code CH-8092 Zurich}, {@code A-1040 Wien} (AT), {@code DK-4000 Roskilde}. The prefix must be in capitals, be
 * followed by a hyphen and 3 to 5 digits (or 8, a Brazilian CEP: {@code BR-86057970}), and not be part of a longer
 * word. Evidence of rank {@link Evidence.Rank#SUBDIVISION}, method {@link Method#POSTCODE}.
 */
final class PrefixedPostcode {
    private static final Map<String, String> PREFIX = Map.ofEntries(
            Map.entry("D", "DE"), Map.entry("F", "FR"), Map.entry("I", "IT"), Map.entry("B", "BE"),
            Map.entry("A", "AT"), Map.entry("CH", "CH"), Map.entry("NL", "NL"), Map.entry("DK", "DK"),
            Map.entry("S", "SE"), Map.entry("SE", "SE"), Map.entry("N", "NO"), Map.entry("NO", "NO"),
            Map.entry("FIN", "FI"), Map.entry("FI", "FI"), Map.entry("P", "PT"), Map.entry("PT", "PT"),
            Map.entry("E", "ES"), Map.entry("PL", "PL"), Map.entry("CZ", "CZ"), Map.entry("SK", "SK"),
            Map.entry("H", "HU"), Map.entry("HU", "HU"), Map.entry("GR", "GR"), Map.entry("L", "LU"),
            Map.entry("LU", "LU"), Map.entry("FL", "LI"), Map.entry("LI", "LI"), Map.entry("SLO", "SI"),
            Map.entry("SI", "SI"), Map.entry("HR", "HR"), Map.entry("RO", "RO"), Map.entry("BG", "BG"),
            Map.entry("TR", "TR"), Map.entry("BR", "BR"), Map.entry("UA", "UA"), Map.entry("LT", "LT"),
            Map.entry("LV", "LV"), Map.entry("EE", "EE"), Map.entry("IS", "IS"), Map.entry("IL", "IL"));
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(" + String.join("|", PREFIX.keySet()) + ")-(?:\\d{3,5}|\\d{8})(?![\\p{N}])");

    private PrefixedPostcode() {
    }

    /** Adds the evidence of every prefixed postcode in the text to {@code out}. */
    static void find(AffiliationText t, List<Evidence> out) {
        String s = t.text();
        if (s.indexOf('-') < 0) {
            return;
        }
        Matcher m = SHAPE.matcher(s);
        List<Token> tokens = t.tokens();
        while (m.find()) {
            int at = tokenAt(tokens, m.start());
            if (at >= 0) {
                out.add(new Evidence(PREFIX.get(m.group(1)), Method.POSTCODE, Evidence.Rank.SUBDIVISION,
                        tokens.get(at).segment(), at, m.group()));
            }
        }
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == offset) {
                return i;
            }
        }
        return -1;
    }
}
