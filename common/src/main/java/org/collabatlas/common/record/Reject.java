package org.collabatlas.common.record;

import java.util.Objects;

/**
 * An input unit that did not become a paper, with the reason.
 *
 * @param excerpt a bounded excerpt of the raw input ({@code ingest.limits.excerpt-chars}), may be empty
 */
public record Reject(String source, String sourceFile, String locator, ReasonCode reason, String message,
                     String excerpt) implements ParseOutput {
    public Reject {
        Objects.requireNonNull(reason, "reason");
        message = message == null ? "" : message;
        excerpt = excerpt == null ? "" : excerpt;
    }
}
