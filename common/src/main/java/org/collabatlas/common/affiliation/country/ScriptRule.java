package org.collabatlas.common.affiliation.country;

/**
 * The last rule: the writing system, used only when the string holds no place at all.
 * <ul>
 *   <li>Hangul makes at least half of the letters: KR.</li>
 *   <li>Any Hiragana or Katakana, and Kana plus Han make at least half of the letters: JP (Chinese is never
 *   written with Kana).</li>
 *   <li>Han characters without Kana or Hangul are Chinese, Taiwanese, Hong Kong or Japanese alike: unknown
 *   ({@link UnknownReason#AMBIGUOUS_SCRIPT}). The one reliable hint, {@code 國立} in Taiwanese institution names,
 *   is a place-table entry rather than a script rule.</li>
 * </ul>
 */
final class ScriptRule {
    private ScriptRule() {
    }

    static CountryResult apply(AffiliationText t) {
        int letters = t.letters();
        if (letters == 0) {
            return null;
        }
        if (t.hangulLetters() > 0 && 2 * t.hangulLetters() >= letters) {
            return CountryResult.of("KR", Method.SCRIPT, "Hangul");
        }
        if (t.kanaLetters() > 0 && 2 * (t.kanaLetters() + t.hanLetters()) >= letters) {
            return CountryResult.of("JP", Method.SCRIPT, "Kana");
        }
        if (t.hanLetters() > 0 && 2 * t.hanLetters() >= letters) {
            return CountryResult.unknown(UnknownReason.AMBIGUOUS_SCRIPT, "Han");
        }
        return null;
    }
}
