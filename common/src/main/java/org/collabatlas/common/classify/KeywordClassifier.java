package org.collabatlas.common.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigns a paper to the categories of a {@link Taxonomy} from its keywords and, optionally, its title.
 *
 * <p>Definition. Each keyword and the title are one text each, normalised by {@link Terms#tokens}. A phrase
 * <em>occurs</em> in a text when its tokens appear there contiguously and in order (so {@code "edge computing"}
 * occurs in the keyword {@code "Mobile Edge Computing (MEC)"}). An occurrence of an include phrase of category
 * {@code C} <em>counts</em> unless an occurrence of an exclude phrase of {@code C} in the same text covers it
 * (starts at or before it and ends at or after it): {@code "network"} counts for networks in
 * {@code "wireless sensor networks"} but not in {@code "convolutional neural network"} when {@code "neural network"}
 * is an exclusion of networks. A paper is in {@code C} when at least one occurrence counts in any of its texts.
 * Multi-label: a paper may be in several categories or in none.
 *
 * <p>Cost: linear in the number of tokens of the paper's texts times the depth of the trie walked from each token
 * ({@link PhraseIndex}); no regular expressions. Immutable, serializable (shipped to Spark executors inside the
 * closure), thread-safe.
 */
public final class KeywordClassifier implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Taxonomy taxonomy;
    private final PhraseIndex index;
    private final boolean titles;

    /**
     * @param titles also match the title (with the same phrases and exclusions as keywords)
     */
    public KeywordClassifier(Taxonomy taxonomy, boolean titles) {
        this.taxonomy = taxonomy;
        this.index = new PhraseIndex(taxonomy);
        this.titles = titles;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public boolean titles() {
        return titles;
    }

    /** The categories of one text, as a bit mask over the taxonomy's category order. */
    public long classifyText(String text) {
        List<String> tokens = Terms.tokens(text);
        if (tokens.isEmpty()) {
            return 0L;
        }
        Spans spans = new Spans();
        index.scan(tokens, spans);
        return spans.counted();
    }

    /** The categories of a paper as a bit mask; null keywords and a null title are allowed. */
    public long classifyMask(Iterable<String> keywords, String title) {
        long mask = 0L;
        if (keywords != null) {
            for (String k : keywords) {
                mask |= classifyText(k);
            }
        }
        if (titles && title != null) {
            mask |= classifyText(title);
        }
        return mask;
    }

    /** The category ids of a paper, in taxonomy order; empty when it is in none. */
    public List<String> classify(Iterable<String> keywords, String title) {
        return ids(classifyMask(keywords, title));
    }

    /**
     * Why a paper is in its categories: one line per counted occurrence, {@code "<category> <- '<matched words>' in
     * '<text>'"}, keywords first, then the title. For inspecting a taxonomy, not for bulk use.
     */
    public List<String> explain(Iterable<String> keywords, String title) {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (keywords != null) {
            keywords.forEach(texts::add);
        }
        if (titles && title != null) {
            texts.add(title);
        }
        for (String text : texts) {
            List<String> tokens = Terms.tokens(text);
            Spans spans = new Spans();
            index.scan(tokens, spans);
            for (int i = 0; i < spans.inc.size; i++) {
                long m = spans.counted(i);
                for (String id : ids(m)) {
                    out.add(id + " <- '" + String.join(" ", tokens.subList(spans.inc.start[i], spans.inc.end[i]))
                            + "' in '" + text + "'");
                }
            }
        }
        return out;
    }

    /** The ids of the categories whose bits are set in {@code mask}, in taxonomy order. */
    public List<String> ids(long mask) {
        List<String> out = new ArrayList<>(Long.bitCount(mask));
        List<Category> categories = taxonomy.categories();
        for (int c = 0; c < categories.size(); c++) {
            if ((mask & (1L << c)) != 0) {
                out.add(categories.get(c).id());
            }
        }
        return out;
    }

    /** Collects the occurrences in one text and applies the covering rule. */
    private static final class Spans implements PhraseIndex.Sink {
        private final Occurrences inc = new Occurrences();
        private final Occurrences exc = new Occurrences();

        @Override
        public void found(int start, int end, long include, long exclude) {
            if (include != 0) {
                inc.add(start, end, include);
            }
            if (exclude != 0) {
                exc.add(start, end, exclude);
            }
        }

        long counted() {
            long mask = 0L;
            for (int i = 0; i < inc.size; i++) {
                mask |= counted(i);
            }
            return mask;
        }

        /** The categories for which include occurrence {@code i} counts (no exclusion of theirs covers it). */
        long counted(int i) {
            long m = inc.mask[i];
            for (int e = 0; e < exc.size && m != 0; e++) {
                if (exc.start[e] <= inc.start[i] && exc.end[e] >= inc.end[i]) {
                    m &= ~exc.mask[e];
                }
            }
            return m;
        }
    }

    /** Occurrences of phrases in one text: word span {@code [start, end)} and category mask, in parallel arrays. */
    private static final class Occurrences {
        private int[] start = new int[4];
        private int[] end = new int[4];
        private long[] mask = new long[4];
        private int size;

        void add(int from, int to, long categories) {
            if (size == start.length) {
                start = java.util.Arrays.copyOf(start, 2 * size);
                end = java.util.Arrays.copyOf(end, 2 * size);
                mask = java.util.Arrays.copyOf(mask, 2 * size);
            }
            start[size] = from;
            end[size] = to;
            mask[size++] = categories;
        }
    }
}
