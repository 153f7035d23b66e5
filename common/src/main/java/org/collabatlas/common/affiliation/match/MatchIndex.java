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
import org.collabatlas.common.binary.BinaryFormatException;
import org.collabatlas.common.binary.BinaryReader;
import org.collabatlas.common.binary.BinaryWriter;

/**
 * The matcher's view of a {@link Gazetteer}, over {@link Terms} tokens: every display name, label and alias of an
 * active institution is a <em>name entry</em> with its sorted token ids and its weight (the sum of its tokens' IDF).
 * Token postings list name entries; IDF is {@code ln(1 + names / df)} with {@code df} the number of name entries
 * holding the token. Exact keys ({@link Terms#key}) map to name entries, acronym keys ({@link NameKeys#acronymKey})
 * to institutions. Withdrawn and inactive institutions are not indexed, so they can never be chosen.
 *
 * <p>Building it normalises and tokenises every name (seconds for the full registry); {@link #write} and
 * {@link #read} store and restore it as flat arrays (see {@link PreparedGazetteer}).
 */
final class MatchIndex {
    final Gazetteer gazetteer;
    final Map<String, Integer> tokenIds;
    /** Per token id: the token. */
    final String[] tokenNames;
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
    /** Per institution ordinal: its name entries (empty for an institution that is not indexed). */
    final int[][] instNames;
    /** Per name entry: the ordinal of its {@link Name.Type} (display, label, alias). */
    final byte[] nameType;
    /** Per name entry: how many name entries (of any institution) have its exact key; 1 = no namesake. */
    final int[] nameKeySharing;
    /** Per institution ordinal: the sorted tokens of its names that are in at most 1% of name entries. */
    final int[][] rareTokens;
    /** Per institution ordinal: the ordinals of its ROR parents and children in the gazetteer (sorted). */
    final int[][] parents;
    final int[][] children;

    MatchIndex(Gazetteer g) {
        this.gazetteer = g;
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> toks = new ArrayList<>();
        List<Integer> insts = new ArrayList<>();
        List<Byte> types = new ArrayList<>();
        List<String> keys = new ArrayList<>();
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
                types.add((byte) name.type().ordinal());
                keys.add(key);
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
        this.tokenNames = tokenNames(ids);
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
        this.nameType = new byte[names];
        this.nameKeySharing = new int[names];
        for (int n = 0; n < names; n++) {
            nameType[n] = types.get(n);
            nameKeySharing[n] = exactLists.get(keys.get(n)).size();
        }
        int[] count = new int[g.size()];
        for (int inst : nameInst) {
            count[inst]++;
        }
        this.instNames = new int[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            instNames[i] = new int[count[i]];
        }
        int[] fillNames = new int[g.size()];
        for (int n = 0; n < names; n++) {
            instNames[nameInst[n]][fillNames[nameInst[n]]++] = n;
        }
        this.rareTokens = new int[g.size()][];
        int rare = Math.max(10, names / 100);
        for (int i = 0; i < g.size(); i++) {
            java.util.TreeSet<Integer> r = new java.util.TreeSet<>();
            for (int n : instNames[i]) {
                for (int t : nameTokens[n]) {
                    if (post[t].length <= rare) {
                        r.add(t);
                    }
                }
            }
            rareTokens[i] = r.stream().mapToInt(Integer::intValue).toArray();
        }
        this.parents = new int[g.size()][];
        this.children = new int[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            parents[i] = ordinals(g, g.get(i).parentIds());
            children[i] = ordinals(g, g.get(i).childIds());
        }
    }

    private static int[] ordinals(Gazetteer g, List<String> ids) {
        return ids.stream().mapToInt(id -> ordinal(g, id)).filter(o -> o >= 0).sorted().distinct().toArray();
    }

    private static String[] tokenNames(Map<String, Integer> ids) {
        String[] names = new String[ids.size()];
        ids.forEach((k, v) -> names[v] = k);
        return names;
    }

    /** The index of {@code g} that {@link #write} wrote to {@code in}. */
    MatchIndex(Gazetteer g, BinaryReader in) {
        this.gazetteer = g;
        this.tokenNames = in.readStrings().toArray(new String[0]);
        Map<String, Integer> ids = new HashMap<>((int) (tokenNames.length / 0.75f) + 1);
        for (int t = 0; t < tokenNames.length; t++) {
            ids.put(tokenNames[t], t);
        }
        this.tokenIds = ids;
        this.idf = in.readFloats();
        this.postings = in.readIntRows();
        this.nameInst = in.readInts();
        this.nameTokens = in.readIntRows();
        this.nameWeight = in.readFloats();
        this.exact = in.readIntArrayMap();
        this.acronyms = in.readIntArrayMap();
        this.cityTokens = in.readIntRows();
        this.ancestors = in.readIntRows();
        this.maxIdf = in.readFloat();
        this.nameMinSpread = in.readInts();
        this.education = in.readBooleans();
        this.prominence = in.readInts();
        this.instNames = in.readIntRows();
        this.nameType = in.readBytes();
        this.nameKeySharing = in.readInts();
        this.rareTokens = in.readIntRows();
        this.parents = in.readIntRows();
        this.children = in.readIntRows();
        int names = nameInst.length;
        if (ids.size() != tokenNames.length || idf.length != tokenNames.length || postings.length != idf.length
                || nameTokens.length != names || nameWeight.length != names || nameMinSpread.length != names
                || nameType.length != names || nameKeySharing.length != names) {
            throw new BinaryFormatException("match index: token or name arrays of different lengths");
        }
        for (int[][] perInst : new int[][][] {cityTokens, ancestors, instNames, rareTokens, parents, children}) {
            if (perInst.length != g.size()) {
                throw new BinaryFormatException("match index: " + perInst.length + " institutions, gazetteer has "
                        + g.size());
            }
        }
        if (education.length != g.size() || prominence.length != g.size()) {
            throw new BinaryFormatException("match index: institution arrays do not fit the gazetteer");
        }
    }

    /** Writes the index (not its gazetteer) for {@link #MatchIndex(Gazetteer, BinaryReader)}. */
    void write(BinaryWriter out) {
        out.writeStrings(Arrays.asList(tokenNames));
        out.writeFloats(idf);
        out.writeIntRows(postings);
        out.writeInts(nameInst);
        out.writeIntRows(nameTokens);
        out.writeFloats(nameWeight);
        out.writeIntArrayMap(exact);
        out.writeIntArrayMap(acronyms);
        out.writeIntRows(cityTokens);
        out.writeIntRows(ancestors);
        out.writeFloat(maxIdf);
        out.writeInts(nameMinSpread);
        out.writeBooleans(education);
        out.writeInts(prominence);
        out.writeIntRows(instNames);
        out.writeBytes(nameType);
        out.writeInts(nameKeySharing);
        out.writeIntRows(rareTokens);
        out.writeIntRows(parents);
        out.writeIntRows(children);
    }

    /** Shortest unknown word that {@link #nearToken} corrects. */
    static final int MIN_FUZZY_LENGTH = 5;
    /** Built on the first unknown word (a fraction of a second); not stored, as it is quicker to rebuild than read. */
    private volatile DeletionIndex deletions;

    /**
     * The known token one edit away from an unknown word ({@code berln} -> {@code berlin}, {@code bekerley} ->
     * {@code berkeley}): Damerau-Levenshtein distance 1 (one letter inserted, dropped, replaced, or two neighbours
     * swapped), found through a single-deletion index of the known tokens of at least {@value #MIN_FUZZY_LENGTH} - 1
     * letters ({@link DeletionIndex}); among several, the one in most names, then the smallest id. Null for a word
     * shorter than {@value #MIN_FUZZY_LENGTH} letters or with no such token.
     */
    Integer nearToken(String word) {
        if (word.length() < MIN_FUZZY_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        int best = -1;
        for (int t : deletions().candidates(word)) {
            if (osaDistance(word, tokenNames[t]) == 1
                    && (best < 0 || postings[t].length > postings[best].length
                    || (postings[t].length == postings[best].length && t < best))) {
                best = t;
            }
        }
        return best < 0 ? null : best;
    }

    DeletionIndex deletions() {
        DeletionIndex d = deletions;
        if (d == null) {
            synchronized (this) {
                d = deletions;
                if (d == null) {
                    d = DeletionIndex.of(tokenNames,
                            w -> w.length() >= MIN_FUZZY_LENGTH - 1 && w.chars().allMatch(Character::isLetter));
                    deletions = d;
                }
            }
        }
        return d;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int osaDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return 2;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /**
     * IDF weight of the tokens that the sorted token-id arrays {@code a} and {@code b} share, counting only tokens
     * whose posting list holds at most {@code maxPostings} name entries ({@code Integer.MAX_VALUE}: all).
     */
    float sharedWeight(int[] a, int[] b, int maxPostings) {
        float w = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (postings[a[i]].length <= maxPostings) {
                    w += idf[a[i]];
                }
                i++;
                j++;
            }
        }
        return w;
    }

    /** The ordinal of the institution with ROR id {@code id}, or -1. */
    int ordinal(String id) {
        return ordinal(gazetteer, id);
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
