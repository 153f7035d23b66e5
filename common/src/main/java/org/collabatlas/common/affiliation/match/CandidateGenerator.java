package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.collabatlas.common.affiliation.gazetteer.NameKeys;

/**
 * Candidate generation of {@link AffiliationMatcher}: normalises the segments of a string and finds the
 * institutions their windows may name (exact, span, school, token and acronym matches, each with its base score).
 * The country of the string filters acronyms only; every other rule of the decision is the matcher's. Thread-safe:
 * the per-thread accumulator is the only mutable state.
 */
final class CandidateGenerator {
    /** Segments longer than this many words are not searched for names inside them. */
    private static final int MAX_SPAN_WORDS = 16;
    /**
     * Score of a university found through its school's name: below an exact name by more than
     * {@link AffiliationMatcher#EDUCATION_BAND}, so an institution the string names exactly (a hospital beside
     * {@code Harvard Medical School}) is preferred, as the gold sets do.
     */
    static final double SCHOOL_SCORE = 0.94;
    /** Words (canonical, see {@link Terms}) that end the name of a university's school; longest first. */
    private static final List<List<String>> SCHOOL_SUFFIXES = java.util.stream.Stream.of(
            "school of medicine and public health", "school of public health", "school of medicine",
            "medicine school", "college of medicine", "faculty of medicine", "school of dentistry",
            "school of nursing", "school of pharmacy")
            .map(x -> Terms.words(Terms.normalise(x))).toList();

    private final MatchIndex index;
    private final AffiliationMatcher.Options opt;
    private final ThreadLocal<float[]> acc;
    /** Per name entry: the IDF weight of its tokens that are blocking keys (posting list within the cap). */
    private final float[] rareWeight;

    /** Wide retrieval for the learned ranker: ambiguous acronyms and acronyms inside segments too. */
    private final boolean wide;

    CandidateGenerator(MatchIndex index, AffiliationMatcher.Options options) {
        this(index, options, false);
    }

    /**
     * @param wide whether to retrieve for the learned ranker: acronyms of up to {@value #WIDE_ACRONYM_INSTITUTIONS}
     *             institutions whatever the string's country, and capital words inside longer segments
     */
    CandidateGenerator(MatchIndex index, AffiliationMatcher.Options options, boolean wide) {
        this.index = index;
        this.opt = options;
        this.wide = wide;
        int n = index.names();
        this.acc = ThreadLocal.withInitial(() -> new float[n]);
        this.rareWeight = new float[n];
        for (int k = 0; k < n; k++) {
            for (int t : index.nameTokens[k]) {
                if (index.postings[t].length <= options.blockingCap()) {
                    rareWeight[k] += index.idf[t];
                }
            }
        }
    }

    /** A hit of an exact, span, token or whole-segment acronym rule. */
    static final int SOURCE_NAME = 0;
    /** A hit of the school rule ({@code Yale School of Medicine}). */
    static final int SOURCE_SCHOOL = 1;
    /** An acronym found as a capital word inside a longer segment (wide retrieval only). */
    static final int SOURCE_ACRONYM_INSIDE = 2;
    /** A ROR parent of a candidate, added without words of its own (wide retrieval only). */
    static final int SOURCE_PARENT = 3;
    /** A ROR child of a candidate, added without words of its own (wide retrieval only). */
    static final int SOURCE_CHILD = 4;

    /** A candidate before the decision: institution ordinal, scores, the window of segments [from, to). */
    static final class Hit {
        final int inst;
        final double score;
        final int from;
        final int to;
        final MatchMethod method;
        final float weight;
        final boolean generic;
        /** Which rule of the generator found it: one of the {@code SOURCE_} constants. */
        final int source;

        Hit(int inst, double score, int from, int to, MatchMethod method, float weight, boolean generic) {
            this(inst, score, from, to, method, weight, generic, SOURCE_NAME);
        }

        Hit(int inst, double score, int from, int to, MatchMethod method, float weight, boolean generic,
                int source) {
            this.inst = inst;
            this.score = score;
            this.from = from;
            this.to = to;
            this.method = method;
            this.weight = weight;
            this.generic = generic;
            this.source = source;
        }

        boolean overlaps(Hit o) {
            return from < o.to && o.from < to;
        }
    }

    /**
     * One segment: its text as written, canonical form, words (without trailing numbers), sorted ids of its tokens
     * known to the gazetteer with their summed IDF weight, and the count of its words unknown to the gazetteer.
     */
    record Segment(String raw, String canonical, List<String> words, int[] tokens, float weight, int unknown) {
    }

    /** The normalised segments that keep at least one word. */
    List<Segment> segments(List<String> rawSegments) {
        List<Segment> segs = new ArrayList<>(rawSegments.size());
        for (String s : rawSegments) {
            Segment seg = segment(s);
            if (!seg.words.isEmpty()) {
                segs.add(seg);
            }
        }
        return segs;
    }

    /** The candidates of one string: exact, span, school, token and acronym matches, before any decision rule. */
    List<Hit> candidates(List<Segment> segs, List<String> rawSegments, String strCountry) {
        List<Hit> hits = new ArrayList<>();
        exactHits(segs, hits);
        tokenHits(segs, hits);
        if (wide) {
            wideAcronymHits(rawSegments, hits);
        } else {
            acronymHits(rawSegments, strCountry, hits);
        }
        return hits;
    }

    /** At most this many institutions per acronym in wide retrieval (more is a word, not a name). */
    static final int WIDE_ACRONYM_INSTITUTIONS = 8;

    /**
     * Wide acronym candidates: a segment that looks like an acronym, or a capital word of 2 to 10 letters inside a
     * longer segment ({@code CNRS} in {@code UMR 5558 CNRS}), not defined by the words before it, naming at most
     * {@value #WIDE_ACRONYM_INSTITUTIONS} institutions of any country (the ranker weighs the country).
     */
    private void wideAcronymHits(List<String> rawSegments, List<Hit> hits) {
        for (int i = 0; i < rawSegments.size(); i++) {
            String s = rawSegments.get(i).strip();
            if (looksLikeAcronym(s)) {
                if (i == 0 || !definedBefore(s, rawSegments.get(i - 1))) {
                    addAcronym(s, i, SOURCE_NAME, hits);
                }
                continue;
            }
            String[] words = s.split("[\\s()\\-]+");
            if (words.length < 2 || words.length > MAX_SPAN_WORDS) {
                continue;
            }
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                if (w.length() >= 3 && looksLikeAcronym(w)
                        && !definedBefore(w, String.join(" ", java.util.Arrays.asList(words).subList(0, k)))) {
                    addAcronym(w, i, SOURCE_ACRONYM_INSIDE, hits);
                }
            }
        }
    }

    private void addAcronym(String word, int segment, int source, List<Hit> hits) {
        int[] insts = index.acronyms.get(NameKeys.acronymKey(word));
        if (insts == null || insts.length > WIDE_ACRONYM_INSTITUTIONS) {
            return;
        }
        double score = source == SOURCE_NAME ? opt.acronymScore() : opt.acronymScore() - 0.1;
        for (int o : insts) {
            hits.add(new Hit(o, score, segment, segment + 1, MatchMethod.ACRONYM, 0f, false, source));
        }
    }

    private Segment segment(String raw) {
        String canonical = Terms.normalise(raw);
        List<String> words = Terms.words(canonical);
        int end = words.size();
        while (end > 1 && isDigits(words.get(end - 1))) {
            end--; // a footnote or street number after the name (University of York 3) is not part of it
        }
        words = words.subList(0, end);
        List<String> toks = Terms.tokens(canonical);
        int[] ids = new int[toks.size()];
        int n = 0;
        float w = 0;
        int unknown = 0;
        for (String t : toks) {
            Integer id = index.tokenIds.get(t);
            if (id == null && wide) {
                id = index.nearToken(t);
            }
            if (id != null) {
                ids[n++] = id;
                w += index.idf[id];
            } else if (!isDigits(t)) {
                unknown++;
            }
        }
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        return new Segment(raw, canonical, words, sorted, w, unknown);
    }

    private void exactHits(List<Segment> segs, List<Hit> hits) {
        for (int i = 0; i < segs.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= 3 && i + len <= segs.size(); len++) {
                for (String w : segs.get(i + len - 1).words) {
                    key.append(key.length() == 0 ? "" : " ").append(w);
                }
                int[] names = index.exact.get(key.toString());
                if (names != null) {
                    boolean distinctive = distinctive(names, key.indexOf(" ") > 0);
                    for (int n : names) {
                        hits.add(new Hit(index.nameInst[n], 1.0, i, i + len, MatchMethod.EXACT,
                                index.nameWeight[n], !distinctive && widespread(n)));
                    }
                }
            }
            spanHits(segs.get(i), i, hits);
            schoolHits(segs.get(i), i, hits);
        }
    }

    /**
     * Schools that name their university ({@code Yale School of Medicine}, {@code Harvard Medical School},
     * {@code University of Tokyo School of Medicine}): without the school words the rest of the segment is the
     * university's name, or becomes it with {@code university} added. Scored as an exact match of the segment (the
     * school words are explained), so the word bag {@code Tokyo Medical University} does not win.
     */
    private void schoolHits(Segment seg, int i, List<Hit> hits) {
        List<String> w = seg.words;
        for (List<String> suffix : SCHOOL_SUFFIXES) {
            int rest = w.size() - suffix.size();
            if (rest < 1 || !w.subList(rest, w.size()).equals(suffix)) {
                continue;
            }
            String name = String.join(" ", w.subList(0, rest));
            for (String key : new String[] {name, name + " university"}) {
                int[] names = index.exact.get(key);
                if (names == null) {
                    continue;
                }
                boolean distinctive = distinctive(names, key.indexOf(' ') > 0);
                for (int n : names) {
                    boolean generic = !distinctive && widespread(n);
                    if (!generic || wide) {
                        hits.add(new Hit(index.nameInst[n], SCHOOL_SCORE, i, i + 1, MatchMethod.EXACT,
                                index.nameWeight[n], generic, SOURCE_SCHOOL));
                    }
                }
            }
            return;
        }
    }

    /** Whether every word of name entry {@code n} occurs in names of at least {@code genericSpread} countries. */
    private boolean widespread(int n) {
        return index.nameMinSpread[n] >= opt.genericSpread();
    }

    /**
     * A name of several words whose institutions are one ROR family (one institution, or units and their
     * ancestor): not generic however common its words (Charles University, European Molecular Biology Laboratory).
     */
    private boolean distinctive(int[] names, boolean severalWords) {
        if (!severalWords) {
            return false;
        }
        int root = index.nameInst[names[0]];
        for (int n : names) {
            int x = index.nameInst[n];
            if (x != root && index.isAncestor(x, root)) {
                root = x;
            }
        }
        for (int n : names) {
            int x = index.nameInst[n];
            if (x != root && !index.isAncestor(root, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names found as a run of at least two words inside one segment, but not the whole of it ({@code New York
     * University} in {@code New York University School of Medicine}): found by their exact keys, so names made of
     * frequent words only (which token blocking skips) are candidates too; scored as a token match whose name is
     * fully present (0.75 + 0.25 x the share of the segment's weight the name explains).
     */
    private void spanHits(Segment seg, int i, List<Hit> hits) {
        List<String> w = seg.words;
        int size = w.size();
        if (size < 3 || size > MAX_SPAN_WORDS) {
            return;
        }
        double denom = seg.weight + seg.unknown * opt.unknownWeight();
        if (denom <= 0) {
            return;
        }
        for (int a = 0; a < size; a++) {
            StringBuilder key = new StringBuilder(w.get(a));
            for (int b = a + 2; b <= size; b++) {
                key.append(' ').append(w.get(b - 1));
                if (a == 0 && b == size) {
                    break;
                }
                int[] names = index.exact.get(key.toString());
                if (names == null) {
                    continue;
                }
                boolean distinctive = distinctive(names, true);
                for (int n : names) {
                    boolean generic = !distinctive && widespread(n);
                    if (generic && !wide) {
                        continue;
                    }
                    double score = 0.75 + 0.25 * Math.min(1.0, index.nameWeight[n] / denom);
                    hits.add(new Hit(index.nameInst[n], score, i, i + 1, MatchMethod.TOKENS, index.nameWeight[n],
                            generic));
                }
            }
        }
    }

    private void tokenHits(List<Segment> segs, List<Hit> hits) {
        float[] a = acc.get();
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            tokenWindow(s.tokens, s.weight, s.unknown, i, i + 1, null, null, a, hits);
            if (i + 1 < segs.size()) {
                Segment t = segs.get(i + 1);
                int[] u = union(s.tokens, t.tokens);
                float w = 0;
                for (int x : u) {
                    w += index.idf[x];
                }
                tokenWindow(u, w, s.unknown + t.unknown, i, i + 2, s.tokens, t.tokens, a, hits);
            }
        }
    }

    /**
     * Token candidates of one window; for a two-segment window ({@code left}, {@code right} not null) only names
     * that take words from both segments (the others are candidates of the one-segment windows).
     */
    private void tokenWindow(int[] q, float qWeight, int unknown, int from, int to, int[] left, int[] right,
            float[] a, List<Hit> hits) {
        if (q.length == 0) {
            return;
        }
        int cap = opt.blockingCap();
        float frequent = 0;
        int[] touched = new int[16];
        int nt = 0;
        for (int t : q) {
            int[] p = index.postings[t];
            if (p.length > cap) {
                frequent += index.idf[t];
                continue;
            }
            float w = index.idf[t];
            for (int n : p) {
                if (a[n] == 0f) {
                    if (nt == touched.length) {
                        touched = Arrays.copyOf(touched, nt * 2);
                    }
                    touched[nt++] = n;
                }
                a[n] += w;
            }
        }
        double denom = qWeight + unknown * opt.unknownWeight();
        double minCov = opt.minNameCoverage();
        for (int k = 0; k < nt; k++) {
            int n = touched[k];
            float rare = a[n];
            a[n] = 0f;
            float nw = index.nameWeight[n];
            // exact pruning: the rare words the window lacks already cost more than 1 - minCov of the name
            if (rare + frequent < minCov * nw || rareWeight[n] - rare > (1 - minCov) * nw + 1e-4f) {
                continue;
            }
            boolean generic = widespread(n);
            if (generic && !wide) {
                continue;
            }
            int[] city = index.cityTokens[index.nameInst[n]];
            if (city != null && containsAll(city, q)) {
                // the window is only the institution's city (New Haven is not the University of New Haven)
                continue;
            }
            float m = intersectionWeight(q, index.nameTokens[n]);
            double cov = m / nw;
            if (cov < minCov) {
                continue;
            }
            if (left != null && (intersectionWeight(left, index.nameTokens[n]) >= m
                    || intersectionWeight(right, index.nameTokens[n]) >= m
                    || intersectionWeight(left, index.nameTokens[n], true) == 0
                    || intersectionWeight(right, index.nameTokens[n], true) == 0)) {
                // a name spanning two segments takes a word that is not frequent from each (University of
                // California, Berkeley), not just "university" from the left (Yale University, New Haven is not the
                // University of New Haven)
                continue;
            }
            double segCov = denom > 0 ? m / denom : 0;
            double score = cov * (0.75 + 0.25 * segCov);
            hits.add(new Hit(index.nameInst[n], score, from, to, MatchMethod.TOKENS, m, generic));
        }
    }

    /**
     * Acronym candidates: a segment that {@linkplain #looksLikeAcronym looks like an acronym}, is not defined by the
     * segment before it, and is the acronym of exactly one institution of the string's country (of any country when
     * the string has none). The window is the segment's index among the raw segments, which counts segments without
     * words that {@link #segments} drops.
     */
    private void acronymHits(List<String> rawSegments, String strCountry, List<Hit> hits) {
        for (int i = 0; i < rawSegments.size(); i++) {
            String s = rawSegments.get(i);
            if (!looksLikeAcronym(s) || (i > 0 && definedBefore(s, rawSegments.get(i - 1)))) {
                continue;
            }
            int[] insts = index.acronyms.get(NameKeys.acronymKey(s));
            if (insts == null) {
                continue;
            }
            int pick = -1;
            int count = 0;
            for (int o : insts) {
                String c = index.gazetteer.get(o).countryCode();
                if (strCountry == null || strCountry.equals(c)) {
                    pick = o;
                    count++;
                }
            }
            if (count == 1) {
                hits.add(new Hit(pick, opt.acronymScore(), i, i + 1, MatchMethod.ACRONYM, 0f, false));
            }
        }
    }

    /**
     * Whether the acronym is the initials of the capitalised words just before it ({@code Institute for Lung Health
     * (ILH)}): the string defines it for its own unit, so it is not looked up among the registry's acronyms.
     */
    static boolean definedBefore(String acronym, String previous) {
        StringBuilder initials = new StringBuilder();
        for (String w : previous.trim().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String letters = acronym.replaceAll("[^A-Z]", "");
        return letters.length() >= 2 && initials.toString().endsWith(letters);
    }

    /**
     * Whether a whole segment is one acronym-like word: 3 to 10 characters, each a capital A-Z, a digit or one of
     * {@code * & .}, with at least 2 capitals.
     */
    private static boolean looksLikeAcronym(String segment) {
        int len = segment.length();
        if (len < 3 || len > 10) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < len; i++) {
            char c = segment.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters++;
            } else if (!(c >= '0' && c <= '9') && c != '*' && c != '&' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    private float intersectionWeight(int[] a, int[] b) {
        return index.sharedWeight(a, b, Integer.MAX_VALUE);
    }

    /**
     * IDF weight of the tokens sorted token ids {@code a} and {@code b} share; with {@code rareOnly}, only of those
     * whose posting list is within the blocking cap (not frequent).
     */
    private float intersectionWeight(int[] a, int[] b, boolean rareOnly) {
        return index.sharedWeight(a, b, rareOnly ? opt.blockingCap() : Integer.MAX_VALUE);
    }

    /** The sorted union of two sorted arrays of token ids. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                out[n++] = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static int[] allTokens(List<Segment> segs) {
        int[] u = new int[0];
        for (Segment s : segs) {
            u = union(u, s.tokens);
        }
        return u;
    }

    static boolean containsAll(int[] sorted, int[] needles) {
        for (int x : needles) {
            if (Arrays.binarySearch(sorted, x) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
