package org.collabatlas.common.affiliation.country;

/**
 * One matching unit of an affiliation string (see {@link AffiliationText}).
 *
 * @param text      the normalised unit: a word folded to lower case without Latin accents, or one Han / Kana /
 *                  Hangul character
 * @param upper     every letter of the word was a capital in the source ({@code USA}, {@code MI})
 * @param capital   the word began with a capital letter in the source ({@code Qld})
 * @param cjk       the unit is a single Han, Kana or Hangul character
 * @param segment   index of the comma-separated segment the unit is in (0 = first)
 * @param clauseEnd the unit is the last one before a comma, semicolon, bracket or the end of the string
 * @param begin     start offset of the unit in {@link AffiliationText#text()}
 * @param end       end offset (exclusive) of the unit in {@link AffiliationText#text()}
 */
record Token(String text, boolean upper, boolean capital, boolean cjk, int segment, boolean clauseEnd, int begin, int end) {

    boolean digits() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    Token withClauseEnd() {
        return new Token(text, upper, capital, cjk, segment, true, begin, end);
    }
}
