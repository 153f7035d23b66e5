package org.collabatlas.common.record;

import java.util.List;

/**
 * One affiliation of one author, as the source wrote it.
 *
 * @param raw                    the affiliation string (never blank)
 * @param rawCountry             the country as the source states it separately or as the address's last
 *                               part (WoS {@code C1}, Scopus); OpenAlex's ISO codes joined by {@code ;}; else null
 * @param sourceInstitutionIds   institution ids the source asserts (OpenAlex ROR ids); empty when none
 */
public record AffiliationRecord(String raw, String rawCountry, List<String> sourceInstitutionIds) {
    public AffiliationRecord {
        sourceInstitutionIds = sourceInstitutionIds == null ? List.of() : List.copyOf(sourceInstitutionIds);
    }

    public static AffiliationRecord of(String raw) {
        return new AffiliationRecord(raw, null, List.of());
    }

    public static AffiliationRecord of(String raw, String rawCountry) {
        return new AffiliationRecord(raw, rawCountry, List.of());
    }
}
