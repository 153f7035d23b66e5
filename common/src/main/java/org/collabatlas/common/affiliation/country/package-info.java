/**
 * The country of an affiliation string: {@link org.collabatlas.common.affiliation.country.CountryResolver} gives an
 * ISO 3166-1 alpha-2 code (a territory with a code of its own under that code, {@link
 * org.collabatlas.common.affiliation.country.Territories}: HK, MO, TW, PR, RE... are separate nodes of the
 * co-authorship network), the rule that found it and the text it matched, or unknown with a reason. Input: the affiliation
 * string and the source's separate country field (may be null). Data: the TSV place tables under
 * {@code org/collabatlas/affiliation/} (countries and variants in many languages, US states, provinces, cities,
 * a few institutions). Pure Java; the Spark job calls it once per distinct string.
 */
package org.collabatlas.common.affiliation.country;
