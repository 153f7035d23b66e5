package org.collabatlas.common.affiliation.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names as word sequences in a trie, matched leftmost-longest and without overlap inside one segment:
 * {@code New Mexico} is found, not {@code Mexico}; {@code People's Republic of China} is found, not
 * {@code Republic of China}. Immutable once built by {@link PlaceTable}; safe to share between threads.
 */
final class PhraseTrie {
    /** A found name: tokens {@code [start, end)} and the places it may stand for (never empty). */
    record Match(int start, int end, List<Place> places) {
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private final List<Place> places = new ArrayList<>();
    }

    private final Node root = new Node();

    void add(List<String> words, Place place) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a place name without words: " + place);
        }
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node());
        }
        n.places.add(place);
    }

    List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Match longestAt(List<Token> tokens, int start) {
        int segment = tokens.get(start).segment();
        Node n = root;
        Match best = null;
        for (int j = start; j < tokens.size() && tokens.get(j).segment() == segment; j++) {
            n = n.next.get(tokens.get(j).text());
            if (n == null) {
                break;
            }
            if (!n.places.isEmpty()) {
                List<Place> ok = casePasses(n.places, tokens, start, j + 1);
                if (!ok.isEmpty()) {
                    best = new Match(start, j + 1, ok);
                }
            }
        }
        return best;
    }

    private static List<Place> casePasses(List<Place> places, List<Token> tokens, int start, int end) {
        boolean allUpper = true;
        for (int k = start; k < end; k++) {
            allUpper &= tokens.get(k).upper();
        }
        if (allUpper) {
            return places;
        }
        List<Place> ok = new ArrayList<>(places.size());
        for (Place p : places) {
            if (!p.upperOnly()) {
                ok.add(p);
            }
        }
        return ok;
    }
}
