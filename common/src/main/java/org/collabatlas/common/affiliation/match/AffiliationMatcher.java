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
import org.collabatlas.common.affiliation.match.CandidateGenerator.Hit;
import org.collabatlas.common.affiliation.match.CandidateGenerator.Segment;

/**
 * Matches raw affiliation strings to the institutions of a {@link Gazetteer} (ROR). Build once per JVM and share: it
 * is thread-safe. Its index ({@link PreparedGazetteer}) takes about as long to build as loading the gazetteer; a
 * matcher made from a {@link PreparedGazetteer} (read from an {@link IndexCache}, or another matcher's
 * {@link #prepared()}) builds none.
 *
 * <p><b>Steps</b>, for one string:
 * <ol>
 *   <li><b>Country</b> of the string by {@link CountryResolver} (source country field, else places in the text).</li>
 *   <li><b>Garbage</b>: blank, no letters, a placeholder, or longer than {@value CountryResolver#MAX_LENGTH}
 *   characters: no match.</li>
 *   <li><b>Segmentation</b> ({@link Segmenter}) and normalisation ({@link Terms}) of each segment.</li>
 *   <li><b>Candidates</b> ({@link CandidateGenerator}) from runs ("windows") of neighbouring segments:
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

    /** Name coverage the wide retrieval keeps when no model says otherwise (training without a model). */
    public static final double WIDE_MIN_NAME_COVERAGE = 0.5;
    /** At most this many institutions per string from the learned decision. */
    private static final int MAX_CHOSEN = 3;

    private final PreparedGazetteer prepared;
    private final MatchIndex index;
    private final CountryResolver countries;
    private final Options opt;
    private final CandidateGenerator generator;
    /** The learned decision, or null for the rule-based one. */
    private final MatcherModel model;
    private final CandidateGenerator wideGenerator;
    private final CandidateFeatures features;

    public AffiliationMatcher(Gazetteer gazetteer) {
        this(gazetteer, Options.defaults());
    }

    public AffiliationMatcher(Gazetteer gazetteer, Options options) {
        this(gazetteer, options, null);
    }

    /**
     * @param model the learned decision ({@link MatcherModel}); null for the rule-based decision described above
     */
    public AffiliationMatcher(Gazetteer gazetteer, Options options, MatcherModel model) {
        this(PreparedGazetteer.of(gazetteer), options, model);
    }

    /** The rule-based matcher with the default options over an index built before (no index is built). */
    public AffiliationMatcher(PreparedGazetteer prepared) {
        this(prepared, Options.defaults(), null);
    }

    /**
     * A matcher over an index built before ({@link PreparedGazetteer}, e.g. read from an {@link IndexCache}): no
     * index is built, and every matcher of {@code prepared} shares it.
     *
     * @param model the learned decision ({@link MatcherModel}); null for the rule-based decision
     */
    public AffiliationMatcher(PreparedGazetteer prepared, Options options, MatcherModel model) {
        this.prepared = prepared;
        this.index = prepared.index();
        this.countries = CountryResolver.create();
        this.opt = options;
        this.generator = new CandidateGenerator(index, options);
        this.model = model;
        this.wideGenerator = new CandidateGenerator(index, new Options(options.threshold(), options.multiThreshold(),
                options.blockingCap(), WIDE_MIN_NAME_COVERAGE, options.unknownWeight(), options.acronymScore(),
                options.countryBonus(), options.cityBonus(), options.genericSpread(), options.preferAncestor()),
                true);
        this.features = new CandidateFeatures(index);
    }

    private AffiliationMatcher(AffiliationMatcher base, MatcherModel model) {
        this.prepared = base.prepared;
        this.index = base.index;
        this.countries = base.countries;
        this.opt = base.opt;
        this.generator = base.generator;
        this.model = model;
        this.wideGenerator = base.wideGenerator;
        this.features = base.features;
    }

    /** This matcher (sharing its index) with another decision: {@code model}, or the rules when null. */
    public AffiliationMatcher withModel(MatcherModel model) {
        return new AffiliationMatcher(this, model);
    }

    /** The learned matcher with the model shipped in the jar, or the rule-based one when the build has none. */
    public static AffiliationMatcher learned(Gazetteer gazetteer) {
        return new AffiliationMatcher(gazetteer, Options.defaults(), MatcherModel.shipped());
    }

    /** The learned matcher with the model shipped in the jar over an index built before. */
    public static AffiliationMatcher learned(PreparedGazetteer prepared) {
        return new AffiliationMatcher(prepared, Options.defaults(), MatcherModel.shipped());
    }

    /** The gazetteer and index this matcher uses (to make other matchers over the same index). */
    public PreparedGazetteer prepared() {
        return prepared;
    }

    /** The model of the learned decision, or null for the rule-based one. */
    public MatcherModel model() {
        return model;
    }

    /** The names of the features {@link #candidateFeatures} computes, in order. */
    public static List<String> featureNames() {
        return CandidateFeatures.NAMES;
    }

    /** One candidate institution of a string with its ranker features (for training and inspection). */
    public record FeatureRow(String rorId, float[] features) {
    }

    /**
     * The candidates of wide retrieval for one string and their features, in a fixed order (institution ordinal);
     * empty when the string is unusable or nothing is retrieved.
     */
    public List<FeatureRow> candidateFeatures(String raw, String rawCountry) {
        CountryResult cr = countries.resolve(raw, rawCountry);
        if (unusable(raw, cr) != null) {
            return List.of();
        }
        List<String> rawSegments = rawSegments(raw);
        List<Segment> segs = wideGenerator.segments(rawSegments);
        if (segs.isEmpty()) {
            return List.of();
        }
        String strCountry = cr.resolved() ? cr.code() : null;
        List<Hit> hits = wideGenerator.candidates(segs, rawSegments, strCountry);
        List<FeatureRow> out = new ArrayList<>();
        for (CandidateFeatures.Row r : features.rows(hits, segs, strCountry, countryMethod(cr))) {
            out.add(new FeatureRow(index.gazetteer.get(r.inst()).id(), r.values()));
        }
        return out;
    }

    private static int countryMethod(CountryResult cr) {
        return cr.resolved() ? cr.method().ordinal() + 1 : 0;
    }

    MatchIndex index() {
        return index;
    }

    public Gazetteer gazetteer() {
        return index.gazetteer;
    }

    /**
     * @param raw        the affiliation string, may be null
     * @param rawCountry the source's separate country field, may be null
     */
    public MatchResult match(String raw, String rawCountry) {
        CountryResult cr = countries.resolve(raw, rawCountry);
        MatchResult unusable = unusable(raw, cr);
        if (unusable != null) {
            return unusable;
        }
        List<String> rawSegments = rawSegments(raw);
        List<Segment> segs = generator.segments(rawSegments);
        String norm = normalised(segs);
        if (segs.isEmpty()) {
            return none(norm, NoMatchReason.GARBAGE, cr);
        }
        String strCountry = cr.resolved() ? cr.code() : null;
        if (model != null) {
            List<Hit> hits = wideGenerator.candidates(segs, rawSegments, strCountry);
            if (hits.isEmpty()) {
                return none(norm, NoMatchReason.NO_CANDIDATE, cr);
            }
            return decideLearned(hits, segs, strCountry, norm, cr);
        }
        List<Hit> hits = generator.candidates(segs, rawSegments, strCountry);
        if (hits.isEmpty()) {
            return none(norm, NoMatchReason.NO_CANDIDATE, cr);
        }
        return decide(hits, segs, strCountry, norm, cr);
    }

    /** A candidate of the learned decision: its row and the ranker's raw probability. */
    private record Ranked(CandidateFeatures.Row row, double raw) {
    }

    /**
     * The learned decision: every candidate scored by the ranker, best first (ties by institution ordinal); the best
     * is matched when its calibrated probability reaches the model's threshold; further candidates that are not ROR
     * relatives (ancestor or unit) of a chosen one are added when theirs reaches the multi-institution threshold, up to
     * {@value #MAX_CHOSEN} institutions.
     */
    private MatchResult decideLearned(List<Hit> hits, List<Segment> segs, String strCountry, String norm,
            CountryResult cr) {
        List<CandidateFeatures.Row> rows = features.rows(hits, segs, strCountry, countryMethod(cr));
        List<float[]> vectors = new ArrayList<>(rows.size());
        for (CandidateFeatures.Row r : rows) {
            vectors.add(r.values());
        }
        double[] raw = model.rank(vectors);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isNaN(raw[i])) {
                ranked.add(new Ranked(rows.get(i), raw[i]));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.raw).thenComparingInt(r -> r.row.inst()));
        Ranked best = ranked.get(0);
        double p = reported(model.calibrated(best.raw));
        if (p < model.threshold()) {
            return none(norm, NoMatchReason.BELOW_THRESHOLD, cr);
        }
        List<Candidate> out = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        out.add(learnedCandidate(best, p));
        chosen.add(best.row.inst());
        for (int k = 1; k < ranked.size() && chosen.size() < MAX_CHOSEN; k++) {
            Ranked o = ranked.get(k);
            double po = reported(model.calibrated(o.raw));
            if (po < model.multiThreshold()) {
                break;
            }
            boolean relative = false;
            for (int c : chosen) {
                relative |= index.isAncestor(c, o.row.inst()) || index.isAncestor(o.row.inst(), c);
            }
            if (!relative) {
                out.add(learnedCandidate(o, po));
                chosen.add(o.row.inst());
            }
        }
        Hit h = best.row.best();
        MatchMethod method = h.source == CandidateGenerator.SOURCE_PARENT || h.source == CandidateGenerator.SOURCE_CHILD
                ? MatchMethod.RELATED : h.method;
        return result(out, norm, method, null, cr);
    }

    /** A probability as reported (4 decimals); the thresholds compare the reported value. */
    private static double reported(double p) {
        return Math.round(p * 10000) / 10000.0;
    }

    private Candidate learnedCandidate(Ranked r, double p) {
        Institution inst = index.gazetteer.get(r.row.inst());
        return new Candidate(inst.id(), inst.displayName(), inst.countryCode(), p);
    }

    /** The garbage rule: a blank string, one too long to be an affiliation, or a placeholder has no match. */
    private MatchResult unusable(String raw, CountryResult cr) {
        if (raw == null || raw.isBlank()) {
            return none("", NoMatchReason.EMPTY, cr);
        }
        if (raw.length() > CountryResolver.MAX_LENGTH) {
            return none("", NoMatchReason.GARBAGE, cr);
        }
        if (raw.length() < 40 && PLACEHOLDERS.contains(NameKeys.normalise(raw))) {
            return none(NameKeys.normalise(raw), NoMatchReason.GARBAGE, cr);
        }
        return null;
    }

    /** The segments of the string as written, at most {@value #MAX_SEGMENTS}. */
    private static List<String> rawSegments(String raw) {
        List<String> rawSegments = Segmenter.segments(raw);
        return rawSegments.size() > MAX_SEGMENTS ? rawSegments.subList(0, MAX_SEGMENTS) : rawSegments;
    }

    /** The normalised string reported in the result: the canonical segments joined by {@code ", "}. */
    private static String normalised(List<Segment> segs) {
        StringBuilder normalized = new StringBuilder();
        for (Segment seg : segs) {
            normalized.append(normalized.length() == 0 ? "" : ", ").append(seg.canonical());
        }
        return normalized.toString();
    }

    /** The decision: the rules of the class comment applied in order to the candidates of one string. */
    private MatchResult decide(List<Hit> hits, List<Segment> segs, String strCountry, String norm,
            CountryResult cr) {
        Placed placed = placeRule(hits, segs, strCountry);
        if (placed.kept.isEmpty()) {
            return none(norm, placed.countryConflict ? NoMatchReason.COUNTRY_CONFLICT : NoMatchReason.NO_CANDIDATE,
                    cr);
        }
        List<Hit> accepted = bestPerInstitutionAboveThreshold(placed.kept);
        if (accepted.isEmpty()) {
            return none(norm, NoMatchReason.BELOW_THRESHOLD, cr);
        }
        List<Hit> top = hierarchyRule(windowRule(accepted));
        top.sort(this::preference);
        if (ambiguous(top)) {
            return none(norm, NoMatchReason.AMBIGUOUS, cr);
        }
        List<Hit> chosen = withFurtherInstitutions(top);
        return result(toCandidates(chosen), norm, chosen.get(0).method, null, cr);
    }

    /** Candidates left by the country and city rule, and whether one was dropped for its country. */
    private record Placed(List<Hit> kept, boolean countryConflict) {
    }

    /**
     * Country and city rule: drops a candidate of another country than the string's, adds the country and city
     * bonuses, and drops a generic name that has neither agreement and is not the whole string.
     */
    private Placed placeRule(List<Hit> hits, List<Segment> segs, String strCountry) {
        int[] stringTokens = CandidateGenerator.allTokens(segs);
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
            boolean cityAgrees = city != null && CandidateGenerator.containsAll(stringTokens, city);
            if (cityAgrees) {
                s += opt.cityBonus();
            }
            if (h.generic && !cityAgrees && !countryAgrees && !(h.from == 0 && h.to == segs.size())) {
                continue;
            }
            scored.add(new Hit(h.inst, s, h.from, h.to, h.method, h.weight, h.generic));
        }
        return new Placed(scored, conflict);
    }

    /** Threshold rule: the best candidate of each institution ({@link #RANK} order), if it reaches the threshold. */
    private List<Hit> bestPerInstitutionAboveThreshold(List<Hit> scored) {
        scored.sort(RANK);
        List<Hit> accepted = new ArrayList<>();
        HashSet<Integer> instSeen = new HashSet<>();
        for (Hit h : scored) {
            if (h.score >= opt.threshold() && instSeen.add(h.inst)) {
                accepted.add(h);
            }
        }
        return accepted;
    }

    /**
     * Window rule: a candidate inside the window of a candidate at least as good that explains more segments, or in
     * the same window as a clearly better one, gives way (University of California, Berkeley over University of
     * California; University College London over University of London).
     */
    private static List<Hit> windowRule(List<Hit> accepted) {
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
        return explained;
    }

    /**
     * Hierarchy rule: a unit whose ancestor is named elsewhere in the string gives way to the ancestor; when both
     * come from the same words (University of Minnesota: the university's name, an alias of its system), the unit,
     * the more specific reading, stays and the ancestor gives way.
     */
    private List<Hit> hierarchyRule(List<Hit> explained) {
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
        return top;
    }

    /**
     * Ambiguity rule, over candidates in {@link #preference} order: the first is ambiguous when a candidate of the
     * same window within {@value #TIE} of its score is not separated from it by any preference.
     */
    private boolean ambiguous(List<Hit> top) {
        Hit best = top.get(0);
        for (int k = 1; k < top.size(); k++) {
            Hit o = top.get(k);
            if (best.score - o.score >= TIE) {
                break;
            }
            if (o.from == best.from && o.to == best.to && preference(best, o) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Several-institutions rule: the first candidate, then each further one that reaches
     * {@link Options#multiThreshold} and overlaps no window chosen before it.
     */
    private List<Hit> withFurtherInstitutions(List<Hit> top) {
        List<Hit> chosen = new ArrayList<>();
        chosen.add(top.get(0));
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
        return chosen;
    }

    /** The chosen candidates as reported: institution id, name, country and score capped at 1 (4 decimals). */
    private List<Candidate> toCandidates(List<Hit> chosen) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Hit h : chosen) {
            Institution inst = index.gazetteer.get(h.inst);
            out.add(new Candidate(inst.id(), inst.displayName(), inst.countryCode(),
                    Math.min(1.0, Math.round(h.score * 10000) / 10000.0)));
        }
        return out;
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
}
