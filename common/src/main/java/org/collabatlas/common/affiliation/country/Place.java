package org.collabatlas.common.affiliation.country;

import java.util.List;

/**
 * One line of a place table: a name (already cut into words) that stands for a country.
 *
 * @param code         ISO 3166-1 alpha-2 code of the country the name stands for
 * @param kind         which table the name comes from
 * @param name         the name as written in the table
 * @param upperOnly    counts only when written in capitals ({@code US}, {@code MI})
 * @param locatedOnly  a country name that counts only when it ends its clause ({@code Jordan}, {@code Israel})
 * @param slot         an abbreviation that counts only in an address slot; see {@link EvidenceFinder}
 * @param postcodeOnly an abbreviation that counts only when followed by its country's postcode ({@code WA 6009})
 * @param alternates   other countries with a research city of this name ({@code Cambridge}: GB, alternate US)
 */
record Place(String code, Kind kind, String name, boolean upperOnly, boolean locatedOnly, boolean slot,
             boolean postcodeOnly, List<String> alternates) {

    /** The table a name comes from. */
    enum Kind {
        COUNTRY, US_STATE, PROVINCE, CITY, INSTITUTION
    }
}
