package org.collabatlas.common.affiliation.country;

import java.util.Map;

/**
 * The territory convention: a territory or special administrative region with an ISO 3166-1 alpha-2 code of its
 * own is reported under that code, as ISO and ROR do, never under its sovereign state: Hong Kong HK, Macao MO and
 * Taiwan TW (not CN); Puerto Rico PR, Guam GU, the US Virgin Islands VI, American Samoa AS and the Northern
 * Mariana Islands MP (not US); Réunion RE, French Guiana GF, Guadeloupe GP, Martinique MQ, Mayotte YT, New
 * Caledonia NC and French Polynesia PF (not FR); and so on. An address may name both ({@code Kowloon, Hong Kong,
 * Peoples R China}; {@code San Juan, PR 00931, USA}; {@code Saint-Denis, La Réunion, France}), and a country field
 * may give the sovereign ({@code USA} beside {@code Univ Puerto Rico, Mayaguez, PR}): the territory wins then.
 */
final class Territories {
    /** Territory -> sovereign state, for the territories whose addresses also name the sovereign. */
    private static final Map<String, String> SOVEREIGN = Map.ofEntries(
            Map.entry("HK", "CN"), Map.entry("MO", "CN"), Map.entry("TW", "CN"),
            Map.entry("PR", "US"), Map.entry("GU", "US"), Map.entry("VI", "US"), Map.entry("AS", "US"),
            Map.entry("MP", "US"), Map.entry("UM", "US"),
            Map.entry("RE", "FR"), Map.entry("GF", "FR"), Map.entry("GP", "FR"), Map.entry("MQ", "FR"),
            Map.entry("YT", "FR"), Map.entry("NC", "FR"), Map.entry("PF", "FR"), Map.entry("PM", "FR"),
            Map.entry("WF", "FR"), Map.entry("BL", "FR"), Map.entry("MF", "FR"),
            Map.entry("GL", "DK"), Map.entry("FO", "DK"), Map.entry("AW", "NL"), Map.entry("CW", "NL"),
            Map.entry("SX", "NL"), Map.entry("GI", "GB"), Map.entry("BM", "GB"), Map.entry("KY", "GB"),
            Map.entry("IM", "GB"), Map.entry("JE", "GB"), Map.entry("GG", "GB"), Map.entry("NF", "AU"),
            Map.entry("CX", "AU"), Map.entry("AX", "FI"));

    private Territories() {
    }

    /** {@code territory} is a territory of {@code sovereign} ({@code PR} of {@code US}). */
    static boolean of(String territory, String sovereign) {
        return sovereign.equals(SOVEREIGN.get(territory));
    }
}
