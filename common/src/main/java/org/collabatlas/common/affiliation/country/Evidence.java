package org.collabatlas.common.affiliation.country;

import java.util.List;

/**
 * One piece of country evidence found in an affiliation string.
 *
 * @param code       the country it points to
 * @param method     how it was found
 * @param rank       how strong it is inside its segment
 * @param segment    the comma-separated segment it is in
 * @param position   index of its first token (evidence is ordered by position)
 * @param text       the matched text
 * @param alternates other countries a city of this name may be in (empty for most evidence)
 * @param weak       a postal abbreviation alone in its segment, without postcode ({@code Atlanta, GA}), or an ISO
 *                   code ending the string ({@code , DE}): it yields to some evidence for another country in the
 *                   other segments ({@code Milan, MI} is Milan in Italy, {@code Bogota, DC} Bogota's Distrito
 *                   Capital); see {@link TailRule}
 */
record Evidence(String code, Method method, Rank rank, int segment, int position, String text,
                List<String> alternates, boolean weak) {

    Evidence(String code, Method method, Rank rank, int segment, int position, String text) {
        this(code, method, rank, segment, position, text, List.of(), false);
    }

    /** Strength inside one segment, strongest first. */
    enum Rank {
        /** A country name that ends its clause: {@code ..., Tokyo, Japan}, {@code University of Hong Kong}. */
        LOCATED_COUNTRY,
        /** A state, province or postcode: {@code Michigan}, {@code MI 48109}, {@code Ontario}, {@code K1A 0B1}. */
        SUBDIVISION,
        /** A city or a known institution: {@code Seoul}, {@code Harvard}. */
        CITY,
        /** A country name inside a longer name: {@code Korea Advanced Institute}, {@code China Medical Univ}. */
        COUNTRY_IN_NAME
    }
}
