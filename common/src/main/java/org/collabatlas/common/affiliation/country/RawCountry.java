package org.collabatlas.common.affiliation.country;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the separate country field of a source: ISO 3166-1 alpha-2 codes, possibly {@code ;}-joined (OpenAlex;
 * {@code UK} is read as GB), or a country name (WoS {@code Peoples R China}, {@code USA}, {@code England};
 * Scopus {@code United States}). A part is taken as a name only when a country name ends it; parts that name no
 * country (a city, {@code N/A}) are ignored.
 */
final class RawCountry {
    private final PlaceTable table;
    private final EvidenceFinder finder;

    RawCountry(PlaceTable table, EvidenceFinder finder) {
        this.table = table;
        this.finder = finder;
    }

    /** The distinct countries of the field, in order; empty when it names none. */
    Set<String> codes(String raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String part : raw.split("[;|]")) {
            String p = part.strip();
            if (p.length() == 2 && Character.isLetter(p.charAt(0)) && Character.isLetter(p.charAt(1))) {
                String code = p.toUpperCase(java.util.Locale.ROOT);
                code = code.equals("UK") ? "GB" : code;
                if (table.isIsoCode(code)) {
                    out.add(code);
                    continue;
                }
            }
            String named = lastLocatedCountry(p);
            if (named != null) {
                out.add(named);
            }
        }
        return out;
    }

    private String lastLocatedCountry(String part) {
        List<Evidence> found = finder.find(AffiliationText.of(part));
        String code = null;
        for (Evidence e : found) {
            if (e.rank() == Evidence.Rank.LOCATED_COUNTRY) {
                code = e.code();
            }
        }
        return code;
    }
}
