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
            for (int i = 0; i < spans.nInc; i++) {
                long m = spans.counted(i);
                for (String id : ids(m)) {
                    out.add(id + " <- '" + String.join(" ", tokens.subList(spans.incStart[i], spans.incEnd[i]))
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
        private int[] incStart = new int[4];
        private int[] incEnd = new int[4];
        private long[] incMask = new long[4];
        private int nInc;
        private int[] excStart = new int[4];
        private int[] excEnd = new int[4];
        private long[] excMask = new long[4];
        private int nExc;

        @Override
        public void found(int start, int end, long include, long exclude) {
            if (include != 0) {
                if (nInc == incStart.length) {
                    incStart = java.util.Arrays.copyOf(incStart, 2 * nInc);
                    incEnd = java.util.Arrays.copyOf(incEnd, 2 * nInc);
                    incMask = java.util.Arrays.copyOf(incMask, 2 * nInc);
                }
                incStart[nInc] = start;
                incEnd[nInc] = end;
                incMask[nInc++] = include;
            }
            if (exclude != 0) {
                if (nExc == excStart.length) {
                    excStart = java.util.Arrays.copyOf(excStart, 2 * nExc);
                    excEnd = java.util.Arrays.copyOf(excEnd, 2 * nExc);
                    excMask = java.util.Arrays.copyOf(excMask, 2 * nExc);
                }
                excStart[nExc] = start;
                excEnd[nExc] = end;
                excMask[nExc++] = exclude;
            }
        }

        long counted() {
            long mask = 0L;
            for (int i = 0; i < nInc; i++) {
                mask |= counted(i);
            }
            return mask;
        }

        /** The categories for which include occurrence {@code i} counts (no exclusion of theirs covers it). */
        long counted(int i) {
            long m = incMask[i];
            for (int e = 0; e < nExc && m != 0; e++) {
                if (excStart[e] <= incStart[i] && excEnd[e] >= incEnd[i]) {
                    m &= ~excMask[e];
                }
            }
            return m;
        }
    }
}
