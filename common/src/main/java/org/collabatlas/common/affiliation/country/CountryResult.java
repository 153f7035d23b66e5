package org.collabatlas.common.affiliation.country;

/**
 * The country of one affiliation string.
 *
 * @param code     ISO 3166-1 alpha-2 code in upper case (a territory under its own code: {@code HK}, {@code MO},
 *                 {@code TW}, {@code PR}...; see {@link Territories}), or null when unknown
 * @param method   how it was found ({@link Method#UNKNOWN} when unknown)
 * @param evidence the text that decided, as found in the input (for unknown: what conflicted, or null)
 * @param reason   why it is unknown, or null when resolved
 */
public record CountryResult(String code, Method method, String evidence, UnknownReason reason) {

    static CountryResult of(String code, Method method, String evidence) {
        return new CountryResult(code, method, evidence, null);
    }

    static CountryResult unknown(UnknownReason reason, String evidence) {
        return new CountryResult(null, Method.UNKNOWN, evidence, reason);
    }

    public boolean resolved() {
        return code != null;
    }
}
