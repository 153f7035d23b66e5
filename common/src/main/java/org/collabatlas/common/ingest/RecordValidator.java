package org.collabatlas.common.ingest;

import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;

/**
 * The checks every parsed record passes before it can become a paper, the same for every format, in this order
 * (the first failing check names the reject): year readable and plausible ({@code invalid_year}); sizes within
 * {@link Limits} ({@code oversized}); a DOI or a title ({@code no_identifier}); at least one author
 * ({@code no_authors}); a year when the window is bounded ({@code missing_year}); the year inside the window
 * ({@code outside_year_window}).
 */
public final class RecordValidator {
    private final Limits limits;
    private final YearWindow window;

    public RecordValidator(Limits limits, YearWindow window) {
        this.limits = limits;
        this.window = window;
    }

    /** The reject for this record, or null when it is accepted. */
    public Reject check(SourceRecord r) {
        if (r.year() == null && r.yearText() != null) {
            return reject(r, ReasonCode.INVALID_YEAR, "year '" + limits.excerpt(r.yearText()) + "' is not a number");
        }
        if (r.year() != null && (r.year() < limits.minYear() || r.year() > limits.maxYear())) {
            return reject(r, ReasonCode.INVALID_YEAR, "year " + r.year() + " is outside the plausible range "
                    + limits.minYear() + "-" + limits.maxYear() + " (ingest.limits.min-year / max-year)");
        }
        String oversized = oversized(r);
        if (oversized != null) {
            return reject(r, ReasonCode.OVERSIZED, oversized);
        }
        if (r.doi() == null && r.title() == null) {
            return reject(r, ReasonCode.NO_IDENTIFIER, "the record has neither a DOI nor a title");
        }
        if (r.authors().isEmpty()) {
            return reject(r, ReasonCode.NO_AUTHORS, "the record has no authors");
        }
        if (r.year() == null && !window.isAll()) {
            return reject(r, ReasonCode.MISSING_YEAR, "no publication year, and ingest.years is " + window);
        }
        if (r.year() != null && !window.contains(r.year())) {
            return reject(r, ReasonCode.OUTSIDE_YEAR_WINDOW, "year " + r.year() + " is outside ingest.years "
                    + window);
        }
        return null;
    }

    private String oversized(SourceRecord r) {
        if (r.title() != null && r.title().length() > limits.maxTitleChars()) {
            return "title of " + r.title().length() + " characters exceeds ingest.limits.max-title-chars ("
                    + limits.maxTitleChars() + ")";
        }
        if (r.authors().size() > limits.maxAuthors()) {
            return r.authors().size() + " authors exceed ingest.limits.max-authors (" + limits.maxAuthors() + ")";
        }
        int max = limits.maxFieldChars();
        if (tooLong(r.venue(), max) || tooLong(r.doi(), max) || tooLong(r.sourceId(), max)) {
            return "venue, DOI or id longer than ingest.limits.max-field-chars (" + max + ")";
        }
        for (AuthorRecord a : r.authors()) {
            if (tooLong(a.name(), max)) {
                return "author " + a.position() + " has a name longer than ingest.limits.max-field-chars (" + max + ")";
            }
            for (AffiliationRecord af : a.affiliations()) {
                if (tooLong(af.raw(), max) || tooLong(af.rawCountry(), max)) {
                    return "author " + a.position() + " has an affiliation longer than ingest.limits.max-field-chars ("
                            + max + ")";
                }
            }
        }
        for (Keyword k : r.keywords()) {
            if (tooLong(k.term(), max)) {
                return "a keyword is longer than ingest.limits.max-field-chars (" + max + ")";
            }
        }
        return null;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static Reject reject(SourceRecord r, ReasonCode reason, String message) {
        return new Reject(r.source(), r.sourceFile(), r.locator(), reason, message, r.excerpt());
    }
}
