package org.collabatlas.common.author;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.collabatlas.common.ingest.Normalize;

/**
 * The identity of an author, as the author graph's node id. In order of preference:
 * <ol>
 *   <li>{@code orcid:<iD>} when the record gives an ORCID iD (valid shape) — the same person across sources;</li>
 *   <li>{@code <source>:<source author id>} when the source gives its own author id (IEEE Xplore author id, ACM
 *   author profile id, Scopus author id, OpenAlex author id) — the same person within that source;</li>
 *   <li>{@code name:<normalised name>@<anchor>}: the name, normalised by {@link #normalisedName}, anchored at the
 *   first resolved institution of the authorship (lowest id), else its country, else {@code unknown} — two
 *   authors of the same name at the same institution are taken to be one person, and one person at two
 *   institutions becomes two nodes. Name-only keys are the least reliable: the run summary counts them.</li>
 * </ol>
 * Pure; blank strings count as missing. A name-only key without a name is null (such an authorship makes no
 * author node).
 */
public final class AuthorKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Kinds of key, the prefix before the first ':'. */
    public static final String ORCID = "orcid";
    public static final String NAME = "name";

    private AuthorKey() {
    }

    /**
     * An author's country: the one that occurs most often in {@code countries} (the countries of each of the
     * author's authorships, one entry per authorship and distinct country); ties go to the smallest code; nulls
     * are ignored; null when there is none.
     */
    public static String modalCountry(Iterable<String> countries) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        if (countries != null) {
            for (String c : countries) {
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) { // ascending codes: first of a tie wins
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    public static String of(String source, String orcid, String sourceAuthorId, String name, String institutionId,
                            String country) {
        String id = identity(source, orcid, sourceAuthorId);
        if (id != null) {
            return id;
        }
        String n = normalisedName(name);
        if (n == null) {
            return null;
        }
        String anchor = !blank(institutionId) ? institutionId.strip() : !blank(country) ? country.strip() : "unknown";
        return NAME + ":" + n + "@" + anchor;
    }

    /**
     * The key of an author with an identity of their own: {@code orcid:<iD>}, else {@code <source>:<source author
     * id>}; null when the authorship has neither (its key is then a name key, which needs its institution and
     * country). {@code of} returns this whenever it is not null.
     */
    public static String identity(String source, String orcid, String sourceAuthorId) {
        String o = Normalize.orcid(orcid);
        if (o != null) {
            return ORCID + ":" + o;
        }
        if (!blank(sourceAuthorId) && !blank(source)) {
            return source.strip() + ":" + sourceAuthorId.strip();
        }
        return null;
    }

    /**
     * {@code "Surname, Given"} (WoS, Scopus) reordered to {@code "Given Surname"}; Unicode NFKD, accents removed,
     * lower case, every run of other characters than letters and digits one space, trimmed. Null when nothing is
     * left. {@code "Müller, Jörg"} and {@code "Jorg  MULLER"} meet as {@code "jorg muller"}.
     */
    public static String normalisedName(String name) {
        if (blank(name)) {
            return null;
        }
        String s = name.strip();
        int comma = s.indexOf(',');
        if (comma > 0 && comma < s.length() - 1 && s.indexOf(',', comma + 1) < 0) {
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
