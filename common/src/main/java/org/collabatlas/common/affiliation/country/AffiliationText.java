package org.collabatlas.common.affiliation.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An affiliation string cut into matching units, the same way for the text and for the names of the place tables.
 * <ol>
 *   <li>URLs and e-mail addresses are removed; the rest is put in Unicode NFKC (full-width letters and commas
 *   become ASCII).</li>
 *   <li>{@code , ; | /}, line breaks and the ideographic comma and full stop end a <em>segment</em>; brackets end a
 *   <em>clause</em> (a place right before a bracket still ends its clause: {@code Taiwan (R.O.C.)}).</li>
 *   <li>A word is a run of letters, digits and marks. It is lower-cased (root locale); Latin letters lose their
 *   accents ({@code Türkiye} = {@code turkiye}, {@code ß} = {@code ss}); other scripts keep their marks.</li>
 *   <li>Each Han, Hiragana, Katakana and Hangul character is a unit by itself, so that {@code 中国} is found inside
 *   {@code 中国科学院} without a word segmenter.</li>
 *   <li>{@code &} is the word {@code and}; every other character separates words.</li>
 * </ol>
 * The letter counts per script are kept for {@link ScriptRule}.
 */
final class AffiliationText {
    private static final Pattern URL_OR_MAIL = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S*|\\S+@\\S+");
    private static final String[] FOLD = latinFoldTable();

    private final String text;
    private final List<Token> tokens;
    private final int hangul;
    private final int kana;
    private final int han;
    private final int letters;

    private AffiliationText(String text, List<Token> tokens, int[] counts) {
        this.text = text;
        this.tokens = tokens;
        this.hangul = counts[0];
        this.kana = counts[1];
        this.han = counts[2];
        this.letters = counts[3];
    }

    /** Parses a string; null is read as the empty string. */
    static AffiliationText of(String raw) {
        String s = raw == null ? "" : raw;
        if (s.indexOf('@') >= 0 || s.indexOf("www.") >= 0 || s.indexOf("://") >= 0) {
            s = URL_OR_MAIL.matcher(s).replaceAll(" ");
        }
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return new Builder(s).build();
    }

    /** The normalised words of a table entry ({@code "Xi'an"} = [xi, an]). */
    static List<String> words(String name) {
        return of(name).tokens.stream().map(Token::text).toList();
    }

    /** The string after URL removal and NFKC; token offsets point into it. */
    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int hangulLetters() {
        return hangul;
    }

    int kanaLetters() {
        return kana;
    }

    int hanLetters() {
        return han;
    }

    /** All letters (every script, Han characters included). */
    int letters() {
        return letters;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSegment(int c) {
        return c == ',' || c == ';' || c == '|' || c == '/' || c == '\n' || c == '\r' || c == '\u3001' || c == '\u3002';
    }

    private static boolean endsClause(int c) {
        return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private static boolean isCjkUnit(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Lower-case, accent-free forms of the Latin letters U+0080..U+024F and U+1E00..U+1EFF (null: not Latin). */
    private static String[] latinFoldTable() {
        String[] t = new String[0x1F00];
        for (int c = 0x80; c < t.length; c++) {
            if ((c > 0x24F && c < 0x1E00) || !Character.isLetter(c)
                    || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                continue;
            }
            String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
            t[c] = d;
        }
        t['ß'] = "ss";
        t['æ'] = "ae";
        t['Æ'] = "ae";
        t['œ'] = "oe";
        t['Œ'] = "oe";
        t['ø'] = "o";
        t['Ø'] = "o";
        t['đ'] = "d";
        t['Đ'] = "d";
        t['ł'] = "l";
        t['Ł'] = "l";
        t['ı'] = "i";
        t['þ'] = "th";
        t['Þ'] = "th";
        return t;
    }

    /** One pass over the code points. */
    private static final class Builder {
        private final String s;
        private final List<Token> out = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private final int[] counts = new int[4];
        private int segment;
        private int wordBegin = -1;
        private boolean wordHasLower;
        private boolean wordHasLetter;
        private boolean lastWasLatin;

        Builder(String s) {
            this.s = s;
        }

        AffiliationText build() {
            int i = 0;
            while (i < s.length()) {
                int c = s.codePointAt(i);
                int next = i + Character.charCount(c);
                step(c, i, next);
                i = next;
            }
            flush(s.length());
            markClauseEnd();
            return new AffiliationText(s, List.copyOf(out), counts);
        }

        private void step(int c, int at, int next) {
            if (Character.isLetterOrDigit(c) || (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                if (Character.isLetter(c)) {
                    counts[3]++;
                }
                if (isCjkUnit(c)) {
                    count(c);
                    flush(at);
                    String unit = new String(Character.toChars(c));
                    out.add(new Token(unit, false, false, true, segment, false, at, next));
                    return;
                }
                appendFolded(c, at);
                return;
            }
            flush(at);
            if (c == '&') {
                out.add(new Token("and", false, false, false, segment, false, at, next));
            } else if (endsSegment(c)) {
                markClauseEnd();
                segment++;
            } else if (endsClause(c)) {
                markClauseEnd();
            }
        }

        private void count(int c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HANGUL) {
                counts[0]++;
            } else if (script == Character.UnicodeScript.HAN) {
                counts[2]++;
            } else {
                counts[1]++;
            }
        }

        private void appendFolded(int c, int at) {
            if (wordBegin < 0) {
                wordBegin = at;
                wordHasLower = false;
                wordHasLetter = false;
            }
            if (Character.isLetter(c)) {
                wordHasLetter = true;
                if (!Character.isUpperCase(c)) {
                    wordHasLower = true;
                }
            }
            if (c < 0x80) {
                word.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                lastWasLatin = Character.isLetter(c);
            } else if (c < FOLD.length && FOLD[c] != null) {
                word.append(FOLD[c]);
                lastWasLatin = true;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK && lastWasLatin) {
                return;
            } else {
                word.appendCodePoint(Character.toLowerCase(c));
                lastWasLatin = false;
            }
        }

        private void flush(int at) {
            if (wordBegin >= 0 && word.length() > 0) {
                out.add(new Token(word.toString(), wordHasLetter && !wordHasLower, Character.isUpperCase(s.codePointAt(wordBegin)),
                        false, segment, false, wordBegin, at));
            }
            word.setLength(0);
            wordBegin = -1;
            lastWasLatin = false;
        }

        private void markClauseEnd() {
            if (!out.isEmpty()) {
                int last = out.size() - 1;
                out.set(last, out.get(last).withClauseEnd());
            }
        }
    }
}
