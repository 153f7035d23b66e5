package org.collabatlas.common.record;

import java.util.Objects;

/** One keyword of a paper as the source gave it (trimmed), with its kind. */
public record Keyword(String term, KeywordKind kind) {
    public Keyword {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
    }
}
