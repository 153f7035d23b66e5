package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.collabatlas.common.affiliation.country.CountryResolver;
import org.collabatlas.common.affiliation.country.CountryResult;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.gazetteer.NameKeys;

/**
 * Matches raw affiliation strings to the institutions of a {@link Gazetteer} (ROR). Build once per JVM (building the
 * index takes about as long as loading the gazetteer) and share: it is thread-safe.
 *
 * <p><b>Steps</b>, for one string:
 * <ol>
 *   <li><b>Country</b> of the string by {@link CountryResolver} (source country field, else places in the text).</li>
 *   <li><b>Garbage</b>: blank, no letters, a placeholder, or longer than {@value CountryResolver#MAX_LENGTH}
 *   characters: no match.</li>
 *   <li><b>Segmentation</b> ({@link Segmenter}) and normalisation ({@link Terms}) of each segment.</li>
 *   <li><b>Candidates</b> from runs ("windows") of neighbouring segments:
 *     <ul>
 *       <li>{@code exact}: a window of 1 to 3 segments whose {@linkplain Terms#key key} is the key of a name
 *       (display name, label or alias); base score 1;</li>
 *       <li>{@code tokens}: a window of 1 or 2 segments against the names that share one of its <em>blocking
 *       keys</em>, its tokens whose posting list holds at most {@link Options#blockingCap} names (frequent words
 *       such as {@code university} retrieve nothing by themselves: skew handling). With IDF weights {@code w},
 *       window tokens {@code Q}, name tokens {@code N} and {@code m = w(Q ∩ N)}: name coverage {@code m / w(N)},
 *       window coverage {@code m / (w(Q) + u)} where {@code u} counts words unknown to the gazetteer at
 *       {@link Options#unknownWeight} each; base score = name coverage × (0.75 + 0.25 × window coverage), kept
 *       when the name coverage is at least {@link Options#minNameCoverage};</li>
 *       <li>{@code acronym}: a segment that is one word in capitals of 3 to 10 characters ({@code INSERM},
 *       {@code KAIST}) and an acronym of exactly one institution (after the country filter), base score
 *       {@link Options#acronymScore}. Capital words inside a longer segment are not used: most are unit codes
 *       ({@code UMR}, {@code LRSV}) that are acronyms of some other organisation.</li>
 *     </ul></li>
 *   <li><b>Country and city</b>: a candidate in another country than the string's own evidence is dropped; one in
 *   the same country gets {@link Options#countryBonus}; one whose city is among the string's words gets
 *   {@link Options#cityBonus} (reported scores are capped at 1). A <em>generic</em> name (every word of it occurs
 *   in names of at least {@link Options#genericSpread} countries: {@code Department of Biological Sciences},
 *   {@code Molecular Microbiology}) is never a token match, and an exact match of it counts only with country or
 *   city agreement or when it is the whole string.</li>
 *   <li><b>Decision</b>, over candidates scoring at least {@link Options#threshold} (best per institution):
 *   <ol type="a">
 *     <li><b>window rule</b>: a candidate whose window lies inside a longer window of a candidate at least as good
 *     (within {@value #TIE}), or in the same window as a candidate better by more than {@value #TIE}, gives way
 *     ({@code University of California, Berkeley} over {@code University of California}; {@code University
 *     College London} over {@code University of London});</li>
 *     <li><b>hierarchy rule</b> ({@link Options#preferAncestor}): when an institution and one of its ROR ancestors
 *     (parent, grand-parent, ...) both remain, the unit gives way to the ancestor: {@code Institut Cochin,
 *     Université de Paris} is the university, as publishers' affiliations are curated in the gold sets (measured:
 *     ancestor-first has higher precision at about equal F1 than unit-first, see {@code docs/affiliations.md});</li>
 *     <li><b>preference</b> among what remains: higher score; within {@value #EDUCATION_BAND} an education
 *     institution first ({@code Johns Hopkins University School of Medicine} is the university, not
 *     {@code Johns Hopkins Medicine}); then the later window (the institution follows its departments); then
 *     prominence (children and names in ROR). Two candidates of the same window that no rule separates make the
 *     string {@code ambiguous}: no match;</li>
 *     <li><b>several institutions</b>: candidates from windows that do not overlap the chosen ones are added when
 *     they score at least {@link Options#multiThreshold}. Calibration on the development gold sets turned this off
 *     ({@link Options#MULTI_OFF}): publisher strings name sub-units beside their institution far more often than
 *     two institutions, so every extra institution cost more precision than it gained recall.</li>
 *   </ol></li>
 * </ol>
 * Withdrawn and inactive institutions are not indexed, so they are never chosen.
 */
public final class AffiliationMatcher {
    static final double TIE = 0.005;
    static final double EDUCATION_BAND = 0.05;
    private static final int MAX_SEGMENTS = 40;
    private static final Set<String> PLACEHOLDERS = Set.of("n a", "na", "none", "null", "nil", "unknown",
            "not available", "not applicable", "no affiliation", "tbd", "x", "independent researcher");

    /**
     * Tunable constants of the decision (a {@code multiThreshold} above the largest possible score, 1 + both bonuses,
     * turns several institutions per string off); {@link #defaults()} holds the calibrated values (see
     * {@code docs/affiliations.md}).
     */
    public record Options(double threshold, double multiThreshold, int blockingCap, double minNameCoverage,
            double unknownWeight, double acronymScore, double countryBonus, double cityBonus, int genericSpread, boolean preferAncestor) {
        /** A multi-institution threshold above any score: one institution per string. */
        public static final double MULTI_OFF = 2.0;

        public static Options defaults() {
            return new Options(0.82, MULTI_OFF, 150, 0.75, 3.0, 0.86, 0.02, 0.02, 6, true);
        }
    }

    private final MatchIndex index;
    private final CountryResolver countries;
    private final Options opt;
    private final ThreadLocal<float[]> acc;
    /** Per name entry: the IDF weight of its tokens that are blocking keys (posting list within the cap). */
    private final float[] rareWeight;

    public AffiliationMatcher(Gazetteer gazetteer) {
        this(gazetteer, Options.defaults());
    }

    public AffiliationMatcher(Gazetteer gazetteer, Options options) {
        this.index = new MatchIndex(gazetteer);
        this.countries = CountryResolver.create();
        this.opt = options;
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

    public Gazetteer gazetteer() {
        return index.gazetteer;
    }

    /** A candidate before the decision: institution ordinal, scores, the window of segments [from, to). */
    private static final class Hit {
        final int inst;
        final double score;
        final int from;
        final int to;
        final MatchMethod method;
        final float weight;
        final boolean generic;

        Hit(int inst, double score, int from, int to, MatchMethod method, float weight, boolean generic) {
            this.inst = inst;
            this.score = score;
            this.from = from;
            this.to = to;
            this.method = method;
            this.weight = weight;
            this.generic = generic;
        }

        boolean overlaps(Hit o) {
            return from < o.to && o.from < to;
        }
    }

    /** Segments longer than this many words are not searched for names inside them. */
    private static final int MAX_SPAN_WORDS = 16;
    /**
     * Score of a university found through its school's name: below an exact name by more than
     * {@link #EDUCATION_BAND}, so an institution the string names exactly (a hospital beside {@code Harvard Medical
     * School}) is preferred, as the gold sets do.
     */
    static final double SCHOOL_SCORE = 0.94;
    /** Words (canonical, see {@link Terms}) that end the name of a university's school; longest first. */
    private static final List<List<String>> SCHOOL_SUFFIXES = java.util.stream.Stream.of(
            "school of medicine and public health", "school of public health", "school of medicine",
            "medicine school", "college of medicine", "faculty of medicine", "school of dentistry",
            "school of nursing", "school of pharmacy")
            .map(x -> Terms.words(Terms.normalise(x))).toList();

    private record Segment(String raw, String canonical, List<String> words, int[] tokens, float weight,
            int unknown) {
    }

    /**
     * @param raw        the affiliation string, may be null
     * @param rawCountry the source's separate country field, may be null
     */
    public MatchResult match(String raw, String rawCountry) {
        CountryResult cr = countries.resolve(raw, rawCountry);
        if (raw == null || raw.isBlank()) {
            return none("", NoMatchReason.EMPTY, cr);
        }
        if (raw.length() > CountryResolver.MAX_LENGTH) {
            return none("", NoMatchReason.GARBAGE, cr);
        }
        if (raw.length() < 40 && PLACEHOLDERS.contains(NameKeys.normalise(raw))) {
            return none(NameKeys.normalise(raw), NoMatchReason.GARBAGE, cr);
        }
        List<String> rawSegments = Segmenter.segments(raw);
        if (rawSegments.size() > MAX_SEGMENTS) {
            rawSegments = rawSegments.subList(0, MAX_SEGMENTS);
        }
        List<Segment> segs = new ArrayList<>(rawSegments.size());
        StringBuilder normalized = new StringBuilder();
        for (String s : rawSegments) {
            Segment seg = segment(s);
            if (seg.words.isEmpty()) {
                continue;
            }
            segs.add(seg);
            normalized.append(normalized.length() == 0 ? "" : ", ").append(seg.canonical);
        }
        String norm = normalized.toString();
        if (segs.isEmpty()) {
            return none(norm, NoMatchReason.GARBAGE, cr);
        }
        String strCountry = cr.resolved() ? cr.code() : null;
        int[] stringTokens = allTokens(segs);

        List<Hit> hits = new ArrayList<>();
        exactHits(segs, hits);
        tokenHits(segs, hits);
        acronymHits(rawSegments, strCountry, hits);
        if (hits.isEmpty()) {
            return none(norm, NoMatchReason.NO_CANDIDATE, cr);
        }
        List<Hit> scored = new ArrayList<>(hits.size());
        boolean conflict = false;
        for (Hit h : hits) {
            Institution inst = index.gazetteer.get(h.inst);
            double s = h.score;
            boolean countryAgrees = false;
            if (strCountry != null && inst.countryCode() != null) {
                if (!strCountry.equals(inst.countryCode())) {
                    conflict = true;
                    continue;
                }
                countryAgrees = true;
                s += opt.countryBonus();
            }
            int[] city = index.cityTokens[h.inst];
            boolean cityAgrees = city != null && containsAll(stringTokens, city);
            if (cityAgrees) {
                s += opt.cityBonus();
            }
            if (h.generic && !cityAgrees && !countryAgrees && !(h.from == 0 && h.to == segs.size())) {
                continue;
            }
            scored.add(new Hit(h.inst, s, h.from, h.to, h.method, h.weight, h.generic));
        }
        if (scored.isEmpty()) {
            return none(norm, conflict ? NoMatchReason.COUNTRY_CONFLICT : NoMatchReason.NO_CANDIDATE, cr);
        }
        scored.sort(RANK);
        List<Hit> accepted = new ArrayList<>();
        HashSet<Integer> instSeen = new HashSet<>();
        for (Hit h : scored) {
            if (h.score >= opt.threshold() && instSeen.add(h.inst)) {
                accepted.add(h);
            }
        }
        if (accepted.isEmpty()) {
            return none(norm, NoMatchReason.BELOW_THRESHOLD, cr);
        }
        // window rule: a hit inside the window of a hit at least as good that explains more segments, or in the
        // same window as a clearly better hit, gives way (University of California, Berkeley over University of
        // California; University College London over University of London)
        List<Hit> explained = new ArrayList<>(accepted.size());
        for (Hit h : accepted) {
            boolean beaten = false;
            for (Hit o : accepted) {
                if (o != h && o.from <= h.from && h.to <= o.to) {
                    boolean longer = o.to - o.from > h.to - h.from;
                    // in the same words, a name that explains all of them beats one found in a part of them
                    boolean fuller = !longer && o.from == h.from && o.to == h.to && o.method == MatchMethod.EXACT
                            && h.method == MatchMethod.TOKENS && o.score >= h.score - TIE;
                    if ((longer && o.score >= h.score - TIE) || (!longer && o.score > h.score + TIE) || fuller) {
                        beaten = true;
                        break;
                    }
                }
            }
            if (!beaten) {
                explained.add(h);
            }
        }
        // hierarchy rule: a unit whose ancestor is named elsewhere in the string gives way to the ancestor; when
        // both come from the same words (University of Minnesota: the university's name, an alias of its system),
        // the unit, the more specific reading, stays and the ancestor gives way
        List<Hit> top = new ArrayList<>(explained.size());
        for (Hit h : explained) {
            boolean givesWay = false;
            for (Hit o : explained) {
                if (o.inst == h.inst || !opt.preferAncestor()) {
                    continue;
                }
                boolean sameWords = o.from == h.from && o.to == h.to;
                if ((!sameWords && index.isAncestor(o.inst, h.inst))
                        || (sameWords && index.isAncestor(h.inst, o.inst))) {
                    givesWay = true;
                    break;
                }
            }
            if (!givesWay) {
                top.add(h);
            }
        }
        top.sort(this::preference);
        Hit best = top.get(0);
        for (int k = 1; k < top.size(); k++) {
            Hit o = top.get(k);
            if (best.score - o.score >= TIE) {
                break;
            }
            if (o.from == best.from && o.to == best.to && preference(best, o) == 0) {
                return none(norm, NoMatchReason.AMBIGUOUS, cr);
            }
        }
        List<Hit> chosen = new ArrayList<>();
        chosen.add(best);
        for (int k = 1; k < top.size(); k++) {
            Hit o = top.get(k);
            if (o.score < opt.multiThreshold()) {
                continue;
            }
            boolean ok = true;
            for (Hit c : chosen) {
                if (o.overlaps(c)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                chosen.add(o);
            }
        }
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Hit h : chosen) {
            Institution inst = index.gazetteer.get(h.inst);
            out.add(new Candidate(inst.id(), inst.displayName(), inst.countryCode(),
                    Math.min(1.0, Math.round(h.score * 10000) / 10000.0)));
        }
        return result(out, norm, best.method, null, cr);
    }

    /**
     * The order of the decision among accepted institutions: score (differences under {@value #TIE} are ties), then
     * education institutions first, then the later window (the institution usually follows its departments), then
     * prominence (children and names in ROR). 0 means indistinguishable.
     */
    private int preference(Hit a, Hit b) {
        if (Math.abs(a.score - b.score) < EDUCATION_BAND) {
            int c = Boolean.compare(index.education[b.inst], index.education[a.inst]);
            if (c != 0) {
                return c;
            }
        }
        if (Math.abs(a.score - b.score) >= TIE) {
            return Double.compare(b.score, a.score);
        }
        if (a.from != b.from || a.to != b.to) {
            return Integer.compare(b.from, a.from);
        }
        return Integer.compare(index.prominence[b.inst], index.prominence[a.inst]);
    }

    private static final Comparator<Hit> RANK = (a, b) -> {
        int c = Double.compare(b.score, a.score);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(b.to - b.from, a.to - a.from);
        if (c != 0) {
            return c;
        }
        c = Float.compare(b.weight, a.weight);
        return c != 0 ? c : Integer.compare(a.inst, b.inst);
    };

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
                    if (distinctive || !widespread(n)) {
                        hits.add(new Hit(index.nameInst[n], SCHOOL_SCORE, i, i + 1, MatchMethod.EXACT,
                                index.nameWeight[n], false));
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
                    if (!distinctive && widespread(n)) {
                        continue;
                    }
                    double score = 0.75 + 0.25 * Math.min(1.0, index.nameWeight[n] / denom);
                    hits.add(new Hit(index.nameInst[n], score, i, i + 1, MatchMethod.TOKENS, index.nameWeight[n],
                            false));
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
            if (widespread(n)) {
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
            hits.add(new Hit(index.nameInst[n], score, from, to, MatchMethod.TOKENS, m, false));
        }
    }

    private void acronymHits(List<String> rawSegments, String strCountry, List<Hit> hits) {
        // acronym hits carry window -1..-1 (they do not occupy segments for the overlap rule)
        for (int i = 0; i < rawSegments.size(); i++) {
            String s = rawSegments.get(i);
            for (String word : new String[] {s}) {
                if (!looksLikeAcronym(word, s) || (i > 0 && definedBefore(word, rawSegments.get(i - 1)))) {
                    continue;
                }
                int[] insts = index.acronyms.get(NameKeys.acronymKey(word));
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

    /** An all-capitals word of 3 to 10 letters and digits (at least 2 letters), or the whole one-word segment. */
    private static boolean looksLikeAcronym(String word, String segment) {
        int len = word.length();
        if (len < 3 || len > 10) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < len; i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters++;
            } else if (!(c >= '0' && c <= '9') && c != '*' && c != '&' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    private MatchResult none(String norm, NoMatchReason reason, CountryResult cr) {
        return result(List.of(), norm, MatchMethod.NONE, reason, cr);
    }

    private static MatchResult result(List<Candidate> out, String norm, MatchMethod method, NoMatchReason reason,
            CountryResult cr) {
        if (cr.resolved()) {
            return new MatchResult(out, norm, method, reason, cr, cr.code(), cr.method().code(), null);
        }
        String c = null;
        for (Candidate x : out) {
            if (x.country() == null) {
                continue;
            }
            if (c != null && !c.equals(x.country())) {
                return new MatchResult(out, norm, method, reason, cr, null, cr.method().code(), "conflict");
            }
            c = x.country();
        }
        if (c != null) {
            return new MatchResult(out, norm, method, reason, cr, c, MatchResult.COUNTRY_FROM_INSTITUTION, null);
        }
        return new MatchResult(out, norm, method, reason, cr, null, cr.method().code(),
                cr.reason() == null ? null : cr.reason().code());
    }

    private float intersectionWeight(int[] a, int[] b) {
        return intersectionWeight(a, b, false);
    }

    /**
     * IDF weight of the tokens sorted token ids {@code a} and {@code b} share; with {@code rareOnly}, only of those
     * whose posting list is within the blocking cap (not frequent).
     */
    private float intersectionWeight(int[] a, int[] b, boolean rareOnly) {
        float w = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (!rareOnly || index.postings[a[i]].length <= opt.blockingCap()) {
                    w += index.idf[a[i]];
                }
                i++;
                j++;
            }
        }
        return w;
    }

    private static int[] union(int[] a, int[] b) {
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

    private static int[] allTokens(List<Segment> segs) {
        int[] u = new int[0];
        for (Segment s : segs) {
            u = union(u, s.tokens);
        }
        return u;
    }

    private static boolean containsAll(int[] sorted, int[] needles) {
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
