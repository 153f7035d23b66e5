package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabatlas.common.affiliation.gazetteer.NameKeys;

/**
 * The words the matcher compares, the same way for affiliation strings and for gazetteer names.
 *
 * <p><b>Normalised text</b> ({@link #normalise}): {@link NameKeys#normalise} (Unicode NFKC, lower case, Latin accents
 * removed, {@code &} = {@code and}, punctuation to spaces), then every word replaced by its <em>canonical form</em>
 * ({@link #canon}): abbreviations are expanded ({@code univ}, {@code inst}, {@code technol}, {@code sci},
 * {@code acad}, {@code dept}, {@code lab}, {@code natl}, {@code ctr}, {@code hosp}, {@code engn} ... as in Web of
 * Science addresses) and spelling variants of one word share one form ({@code centre} = {@code center},
 * {@code sciences} = {@code science}, {@code technical} = {@code technological} = {@code technology}, {@code
 * medical} = {@code medicine}), as do the same words in the languages ROR names use most ({@code universite},
 * {@code universidad}, {@code universitat} = {@code university}); a final {@code s} is dropped from words of four
 * letters or more, except after {@code s}, {@code u}, {@code i} ({@code kings} = {@code king}). Because names and strings go through the same map, a merged pair only has to mean
 * the same thing in institution names, not in general English.
 *
 * <p><b>Tokens</b> ({@link #tokens}): the distinct words of the normalised text that are not {@linkplain #STOP
 * stop words} (of, the, and, de, der, ...), a word of CJK characters cut into character bigrams as in
 * {@link NameKeys#tokens}.
 *
 * <p><b>Key</b> ({@link #key}): the non-stop words in order, joined by one space: {@code The University of Tokyo}
 * and {@code Univ. Tokyo} both give {@code university tokyo}.
 */
public final class Terms {
    private Terms() {
    }

    /** Words that carry no identity in an institution name, in the languages ROR names use most. */
    public static final Set<String> STOP = Set.of("of", "the", "and", "for", "at", "in", "on", "a", "an", "de", "del",
            "della", "delle", "degli", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el",
            "los", "las", "y", "e", "et", "und", "der", "die", "dem", "den", "fur", "zu", "van", "voor", "en", "het",
            "i", "d", "l", "s");

    private static final Map<String, String> CANON = canonTable();

    private static Map<String, String> canonTable() {
        String[][] groups = {
            {"university", "univ", "universities", "uni", "universty", "univeristy", "unversity", "universitat",
                "universitaet", "universite", "universidad", "universidade", "universita", "universiteit",
                "universitet", "uniwersytet", "univerzita", "universiti", "universitas", "universitatea"},
            {"institute", "inst", "instit", "institutes", "institut", "instituto", "istituto", "instytut"},
            {"technology", "technol", "technologies", "technological", "technical", "tech", "techn", "technische",
                "tecnologia"},
            {"science", "sci", "sciences", "scienc", "ciencias", "scienze", "ciencia", "wissenschaften"},
            {"academy", "acad"},
            {"department", "dept", "dep", "depart", "departments", "dpt", "departamento", "departement",
                "dipartimento", "departament"},
            {"laboratory", "lab", "labs", "laboratories", "laboratoire", "laboratorio", "labor"},
            {"national", "natl", "nat", "nacional", "nationale", "nazionale", "nationaal"},
            {"center", "ctr", "cntr", "centre", "centers", "centres", "centro", "zentrum"},
            {"hospital", "hosp", "hospitals", "hopital", "ospedale", "hospitalar"},
            {"college", "coll"},
            {"medicine", "med", "medical", "medecine", "medicina", "medizin", "medica", "medico"},
            {"research", "res", "recherche", "ricerca", "investigacion", "forschung"},
            {"engineering", "engn", "eng", "engg"},
            {"faculty", "fac", "faculte", "facultad", "faculdade", "fakultat"},
            {"school", "sch", "schools", "ecole", "escuela", "escola", "scuola"},
            {"graduate", "grad"},
            {"international", "int", "intl"},
            {"applied", "appl"},
            {"advanced", "adv"},
            {"polytechnic", "polytech", "polytechn"},
            {"health", "hlth"},
            {"clinical", "clin"},
            {"biology", "biol"},
            {"chemistry", "chem"},
            {"physics", "phys"},
            {"mathematics", "math", "maths"},
            {"computer", "comp", "comput", "computing"},
            {"information", "informat", "informatics"},
            {"communication", "commun", "communications"},
            {"telecommunication", "telecommun", "telecommunications"},
            {"electrical", "elect", "electr", "electronic", "electronics"},
            {"mechanical", "mech"},
            {"environment", "environm", "environmental"},
            {"agriculture", "agr", "agric", "agricultural"},
            {"ministry", "minist"},
            {"government", "govt"},
            {"company", "co"},
            {"corporation", "corp"},
            {"limited", "ltd"},
            {"incorporated", "inc"},
            {"association", "assoc"},
            {"foundation", "fdn"},
            {"society", "soc"},
            {"system", "syst", "systems"},
            {"pharmaceutical", "pharmaceut"},
            {"education", "educ"},
            {"economics", "econ"},
            {"management", "mgmt"},
            {"biomedical", "biomed"},
            {"saint", "st"},
            {"mount", "mt"},
        };
        Map<String, String> m = new HashMap<>();
        for (String[] g : groups) {
            for (String w : g) {
                m.put(w, g[0]);
            }
        }
        return Map.copyOf(m);
    }

    /** The canonical form of one normalised word (itself when it has no other form). */
    public static String canon(String word) {
        String c = CANON.get(word);
        if (c != null) {
            return c;
        }
        int n = word.length();
        if (n >= 4 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' && word.charAt(n - 2) != 'u'
                && word.charAt(n - 2) != 'i') {
            String stem = word.substring(0, n - 1);
            c = CANON.get(stem);
            return c != null ? c : stem;
        }
        return word;
    }

    public static boolean isStop(String word) {
        return STOP.contains(word);
    }

    /** {@link NameKeys#normalise} with every word in its canonical form. */
    public static String normalise(String raw) {
        return canonical(NameKeys.normalise(raw));
    }

    /** Canonical forms of the words of a string that is already {@link NameKeys#normalise normalised}. */
    public static String canonical(String normalised) {
        if (normalised.isEmpty()) {
            return normalised;
        }
        StringBuilder out = new StringBuilder(normalised.length() + 16);
        int start = 0;
        int n = normalised.length();
        while (start < n) {
            int end = normalised.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(canon(normalised.substring(start, end)));
            start = end + 1;
        }
        return out.toString();
    }

    /** The non-stop words of canonical normalised text, in order (with repeats). */
    public static List<String> words(String canonical) {
        List<String> out = new ArrayList<>();
        if (canonical.isEmpty()) {
            return out;
        }
        for (String w : canonical.split(" ")) {
            if (!w.isEmpty() && !isStop(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The key of canonical normalised text: its non-stop words joined by one space. */
    public static String key(String canonical) {
        return String.join(" ", words(canonical));
    }

    /** The distinct tokens of canonical normalised text: non-stop words, CJK words as bigrams. */
    public static List<String> tokens(String canonical) {
        List<String> out = new ArrayList<>();
        if (isAscii(canonical)) {
            int start = 0;
            int n = canonical.length();
            while (start < n) {
                int end = canonical.indexOf(' ', start);
                if (end < 0) {
                    end = n;
                }
                if (end > start) {
                    String w = canonical.substring(start, end);
                    if (!isStop(w) && !out.contains(w)) {
                        out.add(w);
                    }
                }
                start = end + 1;
            }
            return out;
        }
        for (String t : NameKeys.tokensOfNormalised(canonical)) {
            if (!isStop(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
