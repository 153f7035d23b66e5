package org.collabatlas.common.affiliation.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which the {@link Gazetteer} indexes names; the matcher must build its keys with the same methods.
 *
 * <p><b>Normalised name</b> ({@link #normalise}):
 * <ol>
 *   <li>Unicode NFKC (full-width letters and digits become ASCII, ligatures split, {@code ㈱} becomes {@code (株)});</li>
 *   <li>case folding: lower case in the root locale;</li>
 *   <li>accent folding for Latin script only: a Latin letter loses its diacritics ({@code é} = {@code e},
 *       {@code ü} = {@code u}, {@code ß} = {@code ss}, {@code ø} = {@code o}, {@code ł} = {@code l}); letters of
 *       other scripts keep their marks (Devanagari vowel signs, Hangul stay as they are);</li>
 *   <li>{@code &} becomes the word {@code and};</li>
 *   <li>every character that is not a letter, digit or combining mark (punctuation, symbols, apostrophes, hyphens)
 *       becomes a space, so {@code Xi'an} = {@code xi an} and {@code Sun Yat-sen} = {@code sun yat sen};</li>
 *   <li>runs of white space collapse to one space, and the ends are trimmed.</li>
 * </ol>
 * CJK characters (Han, Hiragana, Katakana, Hangul) are kept as they are: {@code 東京大学} stays {@code 東京大学}.
 *
 * <p><b>Acronym key</b> ({@link #acronymKey}): the normalised name without spaces ({@code A*STAR} = {@code astar},
 * {@code K.A.I.S.T.} = {@code kaist}).
 *
 * <p><b>Tokens</b> ({@link #tokens}): the words of the normalised name, each once, in order of first occurrence.
 * A word of CJK characters has no spaces inside, so it is cut into overlapping character bigrams ({@code 清华大学}
 * gives {@code 清华, 华大, 大学}); a single CJK character is its own token. Letters of other scripts stay whole words.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** The normalised form defined above; null gives the empty string. */
    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isAscii(raw)) {
            return normaliseAscii(raw);
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        boolean afterLatin = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int kind = Character.getType(c);
            boolean mark = kind == Character.NON_SPACING_MARK || kind == Character.COMBINING_SPACING_MARK
                    || kind == Character.ENCLOSING_MARK;
            if (mark) {
                if (!afterLatin && !space) {
                    out.appendCodePoint(c);
                }
            } else if (Character.isLetterOrDigit(c)) {
                boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                out.append(latin ? foldLatin(c) : new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
                afterLatin = latin;
                space = false;
            } else {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                if (c == '&') {
                    out.append("and ");
                }
                afterLatin = false;
            }
        }
        return out.toString().strip();
    }

    /** The same steps for pure ASCII input, without NFKC or script look-ups (most names). */
    private static String normaliseAscii(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
                space = false;
            } else {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                if (c == '&') {
                    out.append("and ");
                }
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The acronym key: {@link #normalise} without spaces. */
    public static String acronymKey(String raw) {
        return normalise(raw).replace(" ", "");
    }

    /** The distinct tokens of a name, as defined above. */
    public static List<String> tokens(String raw) {
        return tokensOfNormalised(normalise(raw));
    }

    /** {@link #tokens} of a string that is already the output of {@link #normalise}. */
    public static List<String> tokensOfNormalised(String normalised) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty()) {
                addWord(word, out);
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether a code point is Han, Hiragana, Katakana or Hangul (written without spaces between words). */
    public static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** Splits a word into CJK runs (bigrams) and other runs (kept whole). */
    private static void addWord(String word, Set<String> out) {
        int start = 0;
        while (start < word.length()) {
            boolean cjk = isCjk(word.codePointAt(start));
            int end = start;
            while (end < word.length() && isCjk(word.codePointAt(end)) == cjk) {
                end += Character.charCount(word.codePointAt(end));
            }
            String run = word.substring(start, end);
            if (cjk) {
                addBigrams(run, out);
            } else {
                out.add(run);
            }
            start = end;
        }
    }

    private static void addBigrams(String run, Set<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
    }

    /** Folded forms of the Latin letters U+0080..U+1EFF; null where none was computed (not Latin). */
    private static final String[] LATIN_FOLD = latinFoldTable();

    private static String foldLatin(int c) {
        if (c < 0x80) {
            return String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        if (c < LATIN_FOLD.length && LATIN_FOLD[c] != null) {
            return LATIN_FOLD[c];
        }
        return fold(c);
    }

    private static String[] latinFoldTable() {
        String[] t = new String[0x1F00];
        for (int c = 0x80; c < t.length; c++) {
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                t[c] = fold(c);
            }
        }
        return t;
    }

    /** Lower case without diacritics; the letters NFD does not decompose are spelled out. */
    private static String fold(int c) {
        switch (c) {
            case 'ß': case 'ẞ': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            case 'đ': case 'Đ': return "d";
            case 'ł': case 'Ł': return "l";
            case 'ı': return "i";
            case 'þ': case 'Þ': return "th";
            default: break;
        }
        String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(x -> Character.getType(x) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
