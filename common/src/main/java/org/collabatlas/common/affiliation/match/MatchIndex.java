package org.collabatlas.common.affiliation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.gazetteer.Name;
import org.collabatlas.common.affiliation.gazetteer.NameKeys;

/**
 * The matcher's view of a {@link Gazetteer}, over {@link Terms} tokens: every display name, label and alias of an
 * active institution is a <em>name entry</em> with its sorted token ids and its weight (the sum of its tokens' IDF).
 * Token postings list name entries; IDF is {@code ln(1 + names / df)} with {@code df} the number of name entries
 * holding the token. Exact keys ({@link Terms#key}) map to name entries, acronym keys ({@link NameKeys#acronymKey})
 * to institutions. Withdrawn and inactive institutions are not indexed, so they can never be chosen.
 */
final class MatchIndex {
    final Gazetteer gazetteer;
    final Map<String, Integer> tokenIds;
    final float[] idf;
    final int[][] postings;
    final int[] nameInst;
    final int[][] nameTokens;
    final float[] nameWeight;
    final Map<String, int[]> exact;
    final Map<String, int[]> acronyms;
    /** Per institution ordinal: the token ids of its city, or null. */
    final int[][] cityTokens;
    /** Per institution ordinal: the ordinals of its parents and all their ancestors (empty when none). */
    final int[][] ancestors;
    final float maxIdf;
    /**
     * Per name entry: the smallest <em>country spread</em> among its tokens, the spread of a token being the number
     * of countries with an institution whose name holds it. {@code biology} or {@code department} occur in
     * dozens of countries, {@code virginia} or {@code austrian} in one or two: a name all of whose words are
     * widespread ({@code Department of Biological Sciences}) is generic.
     */
    final int[] nameMinSpread;
    /** Per institution ordinal: ROR type {@code education}. */
    final boolean[] education;
    /** Per institution ordinal: children + names, a proxy of how prominent it is (for ties only). */
    final int[] prominence;

    MatchIndex(Gazetteer g) {
        this.gazetteer = g;
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> toks = new ArrayList<>();
        List<Integer> insts = new ArrayList<>();
        Map<String, List<Integer>> exactLists = new HashMap<>();
        Map<String, Set<Integer>> acr = new HashMap<>();
        int[][] city = new int[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            Institution inst = g.get(i);
            if (!inst.isCandidate()) {
                continue;
            }
            Set<String> seen = new java.util.HashSet<>();
            for (Name name : inst.names()) {
                if (name.type() == Name.Type.ACRONYM) {
                    String k = NameKeys.acronymKey(name.value());
                    if (k.length() >= 2) {
                        acr.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(i);
                    }
                    continue;
                }
                String canonical = Terms.normalise(name.value());
                String key = Terms.key(canonical);
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                List<String> t = Terms.tokens(canonical);
                int[] tid = new int[t.size()];
                for (int k = 0; k < tid.length; k++) {
                    tid[k] = ids.computeIfAbsent(t.get(k), x -> ids.size());
                }
                Arrays.sort(tid);
                exactLists.computeIfAbsent(key, x -> new ArrayList<>()).add(toks.size());
                toks.add(tid);
                insts.add(i);
            }
            if (inst.city() != null) {
                List<String> ct = Terms.tokens(Terms.normalise(inst.city()));
                if (!ct.isEmpty()) {
                    int[] cid = new int[ct.size()];
                    for (int k = 0; k < cid.length; k++) {
                        cid[k] = ids.computeIfAbsent(ct.get(k), x -> ids.size());
                    }
                    city[i] = cid;
                }
            }
        }
        int names = toks.size();
        int[] df = new int[ids.size()];
        for (int[] t : toks) {
            for (int x : t) {
                df[x]++;
            }
        }
        int[][] post = new int[ids.size()][];
        for (int t = 0; t < post.length; t++) {
            post[t] = new int[df[t]];
        }
        int[] fill = new int[ids.size()];
        for (int n = 0; n < names; n++) {
            for (int x : toks.get(n)) {
                post[x][fill[x]++] = n;
            }
        }
        float[] w = new float[ids.size()];
        float max = 0;
        for (int t = 0; t < w.length; t++) {
            w[t] = (float) Math.log(1.0 + (double) Math.max(names, 1) / Math.max(df[t], 1));
            max = Math.max(max, w[t]);
        }
        this.maxIdf = max;
        this.tokenIds = ids;
        this.idf = w;
        this.postings = post;
        this.nameTokens = toks.toArray(new int[0][]);
        this.nameInst = insts.stream().mapToInt(Integer::intValue).toArray();
        this.nameWeight = new float[names];
        Map<String, Integer> countryIds = new HashMap<>();
        java.util.BitSet[] spreadSets = new java.util.BitSet[ids.size()];
        for (int n = 0; n < names; n++) {
            String cc = g.get(nameInst[n]).countryCode();
            int c = countryIds.computeIfAbsent(cc == null ? "" : cc, x -> countryIds.size());
            for (int x : nameTokens[n]) {
                if (spreadSets[x] == null) {
                    spreadSets[x] = new java.util.BitSet();
                }
                spreadSets[x].set(c);
            }
        }
        this.nameMinSpread = new int[names];
        for (int n = 0; n < names; n++) {
            float s = 0;
            int min = Integer.MAX_VALUE;
            for (int x : nameTokens[n]) {
                s += w[x];
                min = Math.min(min, spreadSets[x].cardinality());
            }
            nameWeight[n] = s;
            nameMinSpread[n] = min;
        }
        this.education = new boolean[g.size()];
        this.prominence = new int[g.size()];
        for (int i = 0; i < g.size(); i++) {
            Institution inst = g.get(i);
            education[i] = inst.types().contains("education");
            prominence[i] = inst.childIds().size() + inst.names().size();
        }
        Map<String, int[]> ex = new HashMap<>((int) (exactLists.size() / 0.75f) + 1);
        exactLists.forEach((k, v) -> ex.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.exact = ex;
        Map<String, int[]> ac = new HashMap<>();
        acr.forEach((k, v) -> ac.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.acronyms = ac;
        this.cityTokens = city;
        this.ancestors = ancestors(g);
    }

    private static int[][] ancestors(Gazetteer g) {
        int[][] out = new int[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            Set<Integer> acc = new LinkedHashSet<>();
            List<Integer> todo = new ArrayList<>(List.of(i));
            while (!todo.isEmpty() && acc.size() < 64) {
                int cur = todo.remove(todo.size() - 1);
                for (String p : g.get(cur).parentIds()) {
                    int o = ordinal(g, p);
                    if (o >= 0 && o != i && acc.add(o)) {
                        todo.add(o);
                    }
                }
            }
            out[i] = acc.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int ordinal(Gazetteer g, String id) {
        int lo = 0;
        int hi = g.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = g.get(mid).id().compareTo(id);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    int names() {
        return nameInst.length;
    }

    /** Whether institution {@code a} is an ancestor (parent, grand-parent ...) of {@code b}. */
    boolean isAncestor(int a, int b) {
        for (int x : ancestors[b]) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
