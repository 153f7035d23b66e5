package org.collabatlas.common.classify;

import java.io.Serializable;
import java.util.List;

/**
 * One category of a {@link Taxonomy}: a stable short {@code id} (stored in {@code paper_categories.category} and
 * used in graph slices {@code category=<id>}), a display {@code name}, a one-line {@code scope}, the phrases that
 * put a paper in it ({@code terms}) and the phrases that cancel an occurrence of a term they contain ({@code exclude}).
 */
public record Category(String id, String name, String scope, List<String> terms, List<String> exclude)
        implements Serializable {
    public Category {
        terms = List.copyOf(terms);
        exclude = List.copyOf(exclude);
    }
}
