package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.match.CandidateGenerator.Hit;
import org.collabatlas.common.affiliation.match.CandidateGenerator.Segment;

/**
 * The features the learned ranker ({@link MatcherModel}) scores an institution by, for one string: every candidate
 * institution of wide retrieval (its hits aggregated) plus the ROR parents of those candidates. The order of
 * {@link #NAMES} is the order of the values in {@link Row#values}; a trained model records the names it was trained
 * on, and loading a model whose names differ fails (see {@link MatcherModel}). Features are soft: a country that
 * contradicts the string's is a feature, not a drop.
 */
final class CandidateFeatures {
    /** The feature names, in vector order. */
    static final List<String> NAMES = List.of(
            "exact", "school", "token_score", "acronym_segment", "acronym_inside", "parent_only", "child_only",
            "best_score",
            "window_segments", "window_from", "window_to_end", "window_is_last", "segments", "hits",
            "name_recall", "string_explained", "window_explained", "name_weight", "unknown_words",
            "country_known", "country_method", "country_agrees", "country_contradicts", "institution_no_country",
            "city_agrees",
            "type_education", "type_facility", "type_healthcare", "type_company", "type_government",
            "type_nonprofit", "type_funder", "type_other",
            "has_parent", "children_log", "names_log", "ancestors",
            "ancestor_of_candidate", "best_descendant_score", "unit_of_candidate", "best_ancestor_score",
            "sibling_of_candidate", "generic",
            "score_rank", "score_gap", "candidates", "same_window_rivals", "window_beaten",
            "education_best_in_band", "latest_window", "same_country_rivals",
            "best_name_type", "namesakes", "whole_string", "labels", "has_domain", "established", "relations_log");

    private static final int F = NAMES.size();

    /** One candidate institution of a string and its feature values. */
    record Row(int inst, float[] values, Hit best) {
    }

    private final MatchIndex index;
    /** Per institution ordinal: the features that depend on the institution only, computed once (lazily). */
    private final float[][] institutionFeatures;

    CandidateFeatures(MatchIndex index) {
        this.index = index;
        this.institutionFeatures = new float[index.gazetteer.size()][];
    }

    private static final String[] TYPES = {"education", "facility", "healthcare", "company", "government",
        "nonprofit", "funder"};

    /**
     * The institution's own features: 7 type flags, type_other, has_parent, children_log, names_log, ancestors
     * (12 values), then labels, has_domain, established, relations_log (4 values). Racy but idempotent caching.
     */
    private float[] institutionFeatures(int inst) {
        float[] v = institutionFeatures[inst];
        if (v != null) {
            return v;
        }
        Institution in = index.gazetteer.get(inst);
        v = new float[16];
        int f = 0;
        boolean known = false;
        for (String t : TYPES) {
            boolean has = in.types().contains(t);
            known |= has;
            v[f++] = has ? 1 : 0;
        }
        v[f++] = known ? 0 : 1;
        v[f++] = in.parentIds().isEmpty() ? 0 : 1;
        v[f++] = (float) Math.log1p(in.childIds().size());
        v[f++] = (float) Math.log1p(in.names().size());
        v[f++] = index.ancestors[inst].length;
        int labels = 0;
        for (org.collabatlas.common.affiliation.gazetteer.Name nm : in.names()) {
            if (nm.type() == org.collabatlas.common.affiliation.gazetteer.Name.Type.LABEL) {
                labels++;
            }
        }
        v[f++] = labels;
        v[f++] = in.domains().isEmpty() ? 0 : 1;
        v[f++] = in.established() == null ? 0 : in.established();
        v[f++] = (float) Math.log1p(index.parents[inst].length + index.children[inst].length);
        institutionFeatures[inst] = v;
        return v;
    }

    /**
     * The candidate institutions of one string and their features, in ascending institution ordinal (a fixed order,
     * so results do not depend on the order hits were found).
     *
     * @param hits          the wide retrieval's hits
     * @param segs          the string's segments
     * @param strCountry    the string's own country, or null
     * @param countryMethod how the string's country was found: 1 + the ordinal of its
     *                      {@link org.collabatlas.common.affiliation.country.Method}, 0 for none
     */
    List<Row> rows(List<Hit> hits, List<Segment> segs, String strCountry, int countryMethod) {
        Map<Integer, Hit> best = new LinkedHashMap<>();
        Map<Integer, float[]> agg = new LinkedHashMap<>();
        for (Hit h : hits) {
            float[] a = agg.computeIfAbsent(h.inst, x -> new float[6]);
            if (h.method == MatchMethod.EXACT && h.source == CandidateGenerator.SOURCE_SCHOOL) {
                a[1] = 1;
            } else if (h.method == MatchMethod.EXACT) {
                a[0] = 1;
            } else if (h.method == MatchMethod.TOKENS) {
                a[2] = (float) Math.max(a[2], h.score);
            } else if (h.method == MatchMethod.ACRONYM) {
                a[h.source == CandidateGenerator.SOURCE_ACRONYM_INSIDE ? 4 : 3] = 1;
            }
            a[5]++;
            Hit b = best.get(h.inst);
            if (b == null || better(h, b)) {
                best.put(h.inst, h);
            }
        }
        prune(best, agg);
        // ROR parents of the candidates, and children that the string's words point at, as candidates without words
        // of their own
        int[] stringTokens = CandidateGenerator.allTokens(segs);
        for (Integer inst : new ArrayList<>(best.keySet())) {
            Hit h = best.get(inst);
            relatives(index.parents[inst], h, CandidateGenerator.SOURCE_PARENT, best, agg, null);
            if (index.children[inst].length <= MAX_CHILDREN) {
                relatives(index.children[inst], h, CandidateGenerator.SOURCE_CHILD, best, agg, stringTokens);
            }
        }
        int[] insts = best.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int n = insts.length;
        Hit[] hs = new Hit[n];
        double[] score = new double[n];
        for (int k = 0; k < n; k++) {
            hs[k] = best.get(insts[k]);
            score[k] = hs[k].score;
        }
        float stringWeight = 0;
        int unknown = 0;
        for (Segment s : segs) {
            unknown += s.unknown();
        }
        for (int t : stringTokens) {
            stringWeight += index.idf[t];
        }
        int maxTo = 0;
        for (Hit h : hs) {
            maxTo = Math.max(maxTo, h.to);
        }
        Relations rel = new Relations(insts, hs);
        List<Row> rows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int inst = insts[k];
            Hit h = hs[k];
            Institution in = index.gazetteer.get(inst);
            float[] a = agg.get(inst);
            float[] v = new float[F];
            int f = 0;
            v[f++] = a[0];
            v[f++] = a[1];
            v[f++] = a[2];
            v[f++] = a[3];
            v[f++] = a[4];
            v[f++] = h.source == CandidateGenerator.SOURCE_PARENT ? 1 : 0;
            v[f++] = h.source == CandidateGenerator.SOURCE_CHILD ? 1 : 0;
            v[f++] = (float) h.score;
            v[f++] = h.to - h.from;
            v[f++] = h.from;
            v[f++] = segs.size() - h.to;
            v[f++] = h.to >= segs.size() ? 1 : 0;
            v[f++] = segs.size();
            v[f++] = a[5];
            // name against the whole string: the best name entry of the institution
            float nameRecall = 0;
            float explained = 0;
            float windowExplained = 0;
            float nameWeight = 0;
            int bestName = -1;
            int[] windowTokens = windowTokens(segs, h);
            float windowWeight = 0;
            for (int t : windowTokens) {
                windowWeight += index.idf[t];
            }
            for (int name : index.instNames[inst]) {
                float nw = index.nameWeight[name];
                float m = intersectionWeight(stringTokens, index.nameTokens[name]);
                float r = nw > 0 ? m / nw : 0;
                if (r > nameRecall || (r == nameRecall && m > explained * stringWeight)) {
                    nameRecall = r;
                    explained = stringWeight > 0 ? m / stringWeight : 0;
                    nameWeight = nw;
                    bestName = name;
                    windowExplained = windowWeight > 0
                            ? intersectionWeight(windowTokens, index.nameTokens[name]) / windowWeight : 0;
                }
            }
            v[f++] = nameRecall;
            v[f++] = explained;
            v[f++] = windowExplained;
            v[f++] = nameWeight;
            v[f++] = unknown;
            String cc = in.countryCode();
            v[f++] = strCountry != null ? 1 : 0;
            v[f++] = countryMethod;
            v[f++] = strCountry != null && strCountry.equals(cc) ? 1 : 0;
            v[f++] = strCountry != null && cc != null && !strCountry.equals(cc) ? 1 : 0;
            v[f++] = cc == null ? 1 : 0;
            int[] city = index.cityTokens[inst];
            v[f++] = city != null && CandidateGenerator.containsAll(stringTokens, city) ? 1 : 0;
            float[] st = institutionFeatures(inst);
            System.arraycopy(st, 0, v, f, 12);
            f += 12;
            float ancestorOf = rel.ancestorOf[k];
            float bestDesc = rel.bestDesc[k];
            float unitOf = rel.unitOf[k];
            float bestAnc = rel.bestAnc[k];
            float sibling = rel.sibling[k];
            int rank = rel.rank[k];
            double bestOther = rel.bestOther[k];
            int sameWindow = rel.sameWindow[k];
            boolean beaten = rel.beaten[k];
            boolean eduBest = rel.eduBest[k];
            int sameCountry = rel.sameCountry[k];
            v[f++] = ancestorOf;
            v[f++] = bestDesc;
            v[f++] = unitOf;
            v[f++] = bestAnc;
            v[f++] = sibling;
            v[f++] = h.generic ? 1 : 0;
            v[f++] = rank;
            v[f++] = (float) (h.score - bestOther);
            v[f++] = n;
            v[f++] = sameWindow;
            v[f++] = beaten ? 1 : 0;
            v[f++] = eduBest ? 1 : 0;
            v[f++] = h.to == maxTo ? 1 : 0;
            v[f++] = sameCountry;
            v[f++] = bestName < 0 ? -1 : index.nameType[bestName];
            v[f++] = bestName < 0 ? 0 : index.nameKeySharing[bestName];
            v[f++] = h.from == 0 && h.to >= segs.size() && h.source != CandidateGenerator.SOURCE_PARENT
                    && h.source != CandidateGenerator.SOURCE_CHILD ? 1 : 0;
            System.arraycopy(st, 12, v, f, 4);
            f += 4;
            if (f != F) {
                throw new IllegalStateException("feature count " + f + " != " + F);
            }
            rows.add(new Row(inst, v, h));
        }
        return rows;
    }

    /**
     * The features of each candidate that depend on the other candidates, in O(n log n + n x depth) rather than by
     * comparing every pair: ROR ancestors and units among the candidates, siblings, score rank, the window rule's
     * "beaten", education preference and same-country rivals. Definitions (for candidate k with best hit h):
     * <ul>
     *   <li>ancestorOf / bestDesc: some candidate is a unit of k / the best score of those units; unitOf / bestAnc:
     *   the converse;</li>
     *   <li>sibling: k shares a ROR parent with another candidate;</li>
     *   <li>rank: candidates with a higher score, or the same score and a smaller ordinal; bestOther: the best score
     *   of the others;</li>
     *   <li>sameWindow: others with the same window whose score is within 0.01;</li>
     *   <li>beaten: another candidate's window contains h's and is longer with a score at least h's minus
     *   {@link AffiliationMatcher#TIE}, or is the same length (so the same window) with a score above h's plus
     *   {@code TIE};</li>
     *   <li>eduBest: k is an education institution and no other education institution scores above it by less than
     *   {@link AffiliationMatcher#EDUCATION_BAND};</li>
     *   <li>sameCountry: others in k's country.</li>
     * </ul>
     */
    private final class Relations {
        final float[] ancestorOf;
        final float[] bestDesc;
        final float[] unitOf;
        final float[] bestAnc;
        final float[] sibling;
        final int[] rank;
        final double[] bestOther;
        final int[] sameWindow;
        final boolean[] beaten;
        final boolean[] eduBest;
        final int[] sameCountry;

        Relations(int[] insts, Hit[] hs) {
            int n = insts.length;
            ancestorOf = new float[n];
            bestDesc = new float[n];
            unitOf = new float[n];
            bestAnc = new float[n];
            sibling = new float[n];
            rank = new int[n];
            bestOther = new double[n];
            sameWindow = new int[n];
            beaten = new boolean[n];
            eduBest = new boolean[n];
            sameCountry = new int[n];
            // insts is sorted: a binary search finds a candidate's position
            Map<Integer, Integer> parentCount = new java.util.HashMap<>();
            Map<String, Integer> countryCount = new java.util.HashMap<>();
            for (int j = 0; j < n; j++) {
                for (int a : index.ancestors[insts[j]]) {
                    int k = Arrays.binarySearch(insts, a);
                    if (k >= 0) {
                        ancestorOf[k] = 1;
                        bestDesc[k] = (float) Math.max(bestDesc[k], hs[j].score);
                        unitOf[j] = 1;
                        bestAnc[j] = (float) Math.max(bestAnc[j], hs[k].score);
                    }
                }
                for (int p : index.parents[insts[j]]) {
                    parentCount.merge(p, 1, Integer::sum);
                }
                String cc = index.gazetteer.get(insts[j]).countryCode();
                if (cc != null) {
                    countryCount.merge(cc, 1, Integer::sum);
                }
            }
            Integer[] byScore = new Integer[n];
            for (int j = 0; j < n; j++) {
                byScore[j] = j;
            }
            Arrays.sort(byScore, (x, y) -> hs[x].score != hs[y].score ? Double.compare(hs[y].score, hs[x].score)
                    : Integer.compare(insts[x], insts[y]));
            for (int r = 0; r < n; r++) {
                rank[byScore[r]] = r;
            }
            // education scores, ascending, for the band test
            double[] edu = new double[n];
            int ne = 0;
            for (int j = 0; j < n; j++) {
                if (index.education[insts[j]]) {
                    edu[ne++] = hs[j].score;
                }
            }
            edu = Arrays.copyOf(edu, ne);
            Arrays.sort(edu);
            for (int k = 0; k < n; k++) {
                Hit h = hs[k];
                bestOther[k] = n == 1 ? 0 : hs[byScore[rank[k] == 0 ? 1 : 0]].score;
                for (int p : index.parents[insts[k]]) {
                    if (parentCount.get(p) > 1) {
                        sibling[k] = 1;
                    }
                }
                String cc = index.gazetteer.get(insts[k]).countryCode();
                sameCountry[k] = cc == null ? 0 : countryCount.get(cc) - 1;
                if (index.education[insts[k]]) {
                    // another education institution scoring in (h, h + band)
                    int i = Arrays.binarySearch(edu, h.score);
                    while (i + 1 < edu.length && edu[i + 1] == h.score) {
                        i++;
                    }
                    eduBest[k] = !(i + 1 < edu.length && edu[i + 1] > h.score
                            && edu[i + 1] - h.score < AffiliationMatcher.EDUCATION_BAND);
                }
            }
            // windows: few distinct ones; compare candidates only through them
            Map<Long, List<Integer>> byWindow = new java.util.LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                byWindow.computeIfAbsent(((long) hs[j].from << 32) | hs[j].to, w -> new ArrayList<>()).add(j);
            }
            for (List<Integer> group : byWindow.values()) {
                Hit w = hs[group.get(0)];
                double longerBest = Double.NEGATIVE_INFINITY;
                for (List<Integer> other : byWindow.values()) {
                    Hit ow = hs[other.get(0)];
                    if (ow.from <= w.from && w.to <= ow.to && ow.to - ow.from > w.to - w.from) {
                        for (int j : other) {
                            longerBest = Math.max(longerBest, hs[j].score);
                        }
                    }
                }
                for (int k : group) {
                    double s = hs[k].score;
                    boolean b = longerBest >= s - AffiliationMatcher.TIE;
                    for (int j : group) {
                        if (j == k) {
                            continue;
                        }
                        if (Math.abs(hs[j].score - s) < 0.01) {
                            sameWindow[k]++;
                        }
                        if (hs[j].score > s + AffiliationMatcher.TIE) {
                            b = true;
                        }
                    }
                    beaten[k] = b;
                }
            }
        }
    }

    /** At most this many institutions found by their words are ranked (the best by base score, then ordinal). */
    static final int MAX_FOUND = 24;

    /** Keeps the {@value #MAX_FOUND} institutions with the best hits (score, then smaller ordinal). */
    private static void prune(Map<Integer, Hit> best, Map<Integer, float[]> agg) {
        if (best.size() <= MAX_FOUND) {
            return;
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : Integer.compare(a.inst, b.inst));
        for (Hit h : hits.subList(MAX_FOUND, hits.size())) {
            best.remove(h.inst);
            agg.remove(h.inst);
        }
    }

    /** Children are added for a candidate with at most this many (a university system's campuses). */
    static final int MAX_CHILDREN = 30;

    /**
     * Adds the institutions {@code ids} as candidates of {@code h}'s window; with {@code stringTokens}, only those
     * whose city is in the string or that have a name word in it that is not frequent (a campus, a named unit).
     */
    private void relatives(int[] ids, Hit h, int source, Map<Integer, Hit> best, Map<Integer, float[]> agg,
            int[] stringTokens) {
        for (int o : ids) {
            if (stringTokens != null && !pointedAt(o, stringTokens)) {
                continue;
            }
            if (index.gazetteer.get(o).isCandidate() && !best.containsKey(o)) {
                best.put(o, new Hit(o, 0.0, h.from, h.to, MatchMethod.TOKENS, 0f, false, source));
                agg.put(o, new float[6]);
            }
        }
    }

    /** Whether the string holds the institution's city or a word of one of its names in at most 1% of names. */
    private boolean pointedAt(int inst, int[] stringTokens) {
        int[] city = index.cityTokens[inst];
        if (city != null && CandidateGenerator.containsAll(stringTokens, city)) {
            return true;
        }
        int[] rare = index.rareTokens[inst];
        int i = 0;
        int j = 0;
        while (i < rare.length && j < stringTokens.length) {
            if (rare[i] < stringTokens[j]) {
                i++;
            } else if (rare[i] > stringTokens[j]) {
                j++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The better of two hits of one institution: higher score, then the longer window, then the later one. */
    private static boolean better(Hit a, Hit b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.to - a.from != b.to - b.from) {
            return a.to - a.from > b.to - b.from;
        }
        return a.from > b.from;
    }

    private static boolean sharesParent(int[] a, int[] b) {
        for (int p : a) {
            if (Arrays.binarySearch(b, p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The token ids of the hit's window (segments [from, to) of the string), sorted. */
    private static int[] windowTokens(List<Segment> segs, Hit h) {
        int from = Math.min(h.from, segs.size());
        int to = Math.min(h.to, segs.size());
        int[] u = new int[0];
        for (int i = from; i < to; i++) {
            u = CandidateGenerator.union(u, segs.get(i).tokens());
        }
        return u;
    }

    private float intersectionWeight(int[] a, int[] b) {
        return index.sharedWeight(a, b, Integer.MAX_VALUE);
    }
}
