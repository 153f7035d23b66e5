package org.collabatlas.common.classify;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every include and exclude phrase of a {@link Taxonomy} in one token trie (a node per distinct phrase prefix, its
 * children in a hash map keyed by the next token), with the categories each phrase includes or excludes as bit
 * masks at the node where the phrase ends.
 *
 * <p>{@link #scan} finds every occurrence of every phrase in a token sequence: from each start position it walks
 * the trie as far as the tokens allow, so the cost is the number of tokens times the depth walked (at most the
 * longest phrase, usually one or two steps), independent of the number of phrases. A taxonomy of thousands of
 * phrases classifies a paper's keywords in microseconds. Immutable after construction; thread-safe.
 */
final class PhraseIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Node> next = new HashMap<>(4);
        private long include;
        private long exclude;
    }

    /** Receives each occurrence: tokens {@code [start, end)} and the categories it includes and excludes. */
    interface Sink {
        void found(int start, int end, long include, long exclude);
    }

    private final Node root = new Node();
    private int phrases;

    PhraseIndex(Taxonomy taxonomy) {
        List<Category> categories = taxonomy.categories();
        for (int c = 0; c < categories.size(); c++) {
            long bit = 1L << c;
            for (String p : categories.get(c).terms()) {
                node(p).include |= bit;
            }
            for (String p : categories.get(c).exclude()) {
                node(p).exclude |= bit;
            }
        }
    }

    private Node node(String phrase) {
        Node n = root;
        for (String t : Terms.tokens(phrase)) {
            n = n.next.computeIfAbsent(t.intern(), k -> new Node());
        }
        phrases++;
        return n;
    }

    /** Number of phrases indexed (include and exclude, counted once per category that lists them). */
    int size() {
        return phrases;
    }

    void scan(List<String> tokens, Sink sink) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.next.get(tokens.get(j));
                if (node == null) {
                    break;
                }
                if ((node.include | node.exclude) != 0) {
                    sink.found(i, j + 1, node.include, node.exclude);
                }
            }
        }
    }
}
