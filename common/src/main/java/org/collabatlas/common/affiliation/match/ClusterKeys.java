package org.collabatlas.common.affiliation.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provisional institutions for strings that match no ROR institution: strings are nodes, an edge joins two
 * <em>similar</em> strings, and each connected component is one provisional institution.
 * <ul>
 *   <li><b>Node</b>: a distinct (normalised string, country) pair; strings of different countries never join.</li>
 *   <li><b>Tokens</b>: {@link Terms#tokens} of the normalised string.</li>
 *   <li><b>Blocking keys</b> ({@link #blockingKeys}): the {@value #KEYS} tokens with the smallest 64-bit hash (a
 *   min-hash sketch), each prefixed with the country; two strings are compared only when they share a key, and a
 *   key shared by more than {@link #MAX_BLOCK} strings is skipped (a frequent word says nothing; skew).</li>
 *   <li><b>Similar</b> ({@link #similar}): Jaccard similarity of the token sets at least {@value #MIN_JACCARD}.</li>
 *   <li><b>Component</b>: union-find over the edges ({@link UnionFind}); its <em>representative</em> is its
 *   smallest normalised string (so the answer does not depend on partitioning), and its id is
 *   {@code cluster:} + the first 16 hex digits of SHA-256 of {@code representative|country}.</li>
 *   <li><b>Display name</b>: the component's most frequent raw string (by authorships; ties by the smallest
 *   string), cut to the institution's words by {@link #displayName}.</li>
 * </ul>
 */
public final class ClusterKeys {
    public static final int KEYS = 2;
    public static final int MAX_BLOCK = 200;
    public static final double MIN_JACCARD = 0.8;

    private ClusterKeys() {
    }

    /** The blocking keys of a normalised string in a country (null country = "--"). */
    public static List<String> blockingKeys(String normalized, String country) {
        List<String> toks = Terms.tokens(normalized.replace(",", " "));
        String cc = country == null ? "--" : country;
        long[] h = new long[toks.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = hash(toks.get(i));
        }
        Integer[] order = new Integer[h.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(h[a], h[b]) != 0 ? Long.compare(h[a], h[b])
                : toks.get(a).compareTo(toks.get(b)));
        List<String> out = new ArrayList<>(KEYS);
        for (int i = 0; i < Math.min(KEYS, order.length); i++) {
            out.add(cc + ":" + toks.get(order[i]));
        }
        return out;
    }

    /** Whether two normalised strings are similar enough to be one institution. */
    public static boolean similar(String a, String b) {
        List<String> x = Terms.tokens(a.replace(",", " "));
        List<String> y = Terms.tokens(b.replace(",", " "));
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String t : x) {
            if (y.contains(t)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common) >= MIN_JACCARD;
    }

    /**
     * Canonical words ({@link Terms#canon}) that make a segment name an organisation rather than a unit or a place:
     * {@code University}, {@code Institute}, {@code Laboratory}, {@code Research}, {@code Inc.}, {@code Ltd},
     * {@code GmbH} ... with their abbreviations and the usual other languages ({@code Univ.}, {@code Lab},
     * {@code Res}, {@code Universität}, {@code Centre}). Not {@code Company}: its abbreviation {@code Co} is also
     * Colorado's in {@code Boulder, CO}.
     */
    static final Set<String> INSTITUTION_WORDS = Set.of("university", "institute", "college", "laboratory",
            "research", "center", "academy", "polytechnic", "hospital", "clinic", "foundation", "observatory",
            "corporation", "incorporated", "limited", "gmbh", "ag", "llc", "plc", "agency", "council",
            "organization", "organisation", "museum", "library", "consortium");
    /** Canonical first words of a unit inside an organisation, dropped before it: {@code Department of ...}. */
    static final Set<String> UNIT_WORDS = Set.of("department", "division", "faculty", "school", "section", "unit",
            "chair", "group", "program", "programme", "team", "graduate");

    /**
     * The name of a provisional institution, from one raw affiliation string: the string is cut into segments at
     * commas and semicolons; the kept part runs from the first to the last segment that holds an
     * {@linkplain #INSTITUTION_WORDS institution word}, so departments before it ({@code Dept. of CS}) and places
     * after it ({@code Redmond}, {@code WA 98052}, {@code USA}) go, and segments of the kept part that start with a
     * {@linkplain #UNIT_WORDS unit word} ({@code Department of ..., Acme Lab}) are dropped from its start. Without
     * any institution word the first segment is the name ({@code Microsoft, Redmond, WA, USA} gives
     * {@code Microsoft}). Null or blank gives the empty string.
     */
    public static String displayName(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        List<String> segs = new ArrayList<>();
        for (String s : raw.split("[,;]")) {
            if (!s.isBlank()) {
                segs.add(s.strip());
            }
        }
        if (segs.isEmpty()) {
            return raw.strip();
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < segs.size(); i++) {
            if (hasWord(segs.get(i), INSTITUTION_WORDS)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return segs.get(0);
        }
        while (first < last && startsWithUnit(segs.get(first))) {
            first++;
        }
        return String.join(", ", segs.subList(first, last + 1));
    }

    private static boolean hasWord(String segment, Set<String> words) {
        for (String w : Terms.normalise(segment).split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithUnit(String segment) {
        String[] w = Terms.normalise(segment).split(" ");
        return w.length > 0 && UNIT_WORDS.contains(w[0]);
    }

    /** The stable id of a component. */
    public static String clusterId(String representative, String country) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (representative + "|" + (country == null ? "" : country)).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder("cluster:");
            for (int i = 0; i < 8; i++) {
                b.append(String.format("%02x", d[i]));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Union-find over string nodes; each node's root is the smallest string of its component. */
    public static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        public void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        public String find(String x) {
            String r = x;
            for (String p = parent.get(r); p != null && !p.equals(r); p = parent.get(r)) {
                r = p;
            }
            String c = x;
            while (!c.equals(r)) {
                String next = parent.get(c);
                parent.put(c, r);
                c = next;
            }
            return r;
        }

        /** Every node seen, with its root. */
        public Map<String, String> roots() {
            Map<String, String> out = new HashMap<>();
            for (String k : new ArrayList<>(parent.keySet())) {
                out.put(k, find(k));
            }
            return out;
        }
    }
}
