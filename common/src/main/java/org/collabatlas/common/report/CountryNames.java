package org.collabatlas.common.report;

import java.util.Locale;
import java.util.Map;

/** English display names of ISO 3166-1 alpha-2 codes (the JDK's CLDR names, with the study's short forms). */
public final class CountryNames {
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("HK", "Hong Kong"), Map.entry("MO", "Macau"), Map.entry("TW", "Taiwan"),
            Map.entry("KR", "South Korea"), Map.entry("KP", "North Korea"), Map.entry("TR", "Türkiye"),
            Map.entry("US", "United States"), Map.entry("GB", "United Kingdom"), Map.entry("RU", "Russia"),
            Map.entry("IR", "Iran"), Map.entry("VN", "Vietnam"), Map.entry("LA", "Laos"),
            Map.entry("BN", "Brunei Darussalam"), Map.entry("MM", "Myanmar"));

    private CountryNames() {
    }

    public static String of(String code) {
        if (code == null) {
            return "";
        }
        String s = SHORT.get(code);
        if (s != null) {
            return s;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isEmpty() ? code : name;
    }
}
