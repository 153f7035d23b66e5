package org.collabatlas.common.affiliation.gazetteer;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary of a {@link Gazetteer} for run summaries and logs.
 *
 * @param institutions   all institutions (every status)
 * @param byStatus       institutions per status; INACTIVE and WITHDRAWN ones are in no candidate index
 * @param namesByType    names of the candidate (active) institutions per type
 * @param countries      distinct country codes among the candidate institutions
 * @param nameKeys       distinct normalised names in the name index
 * @param acronymKeys    distinct keys in the acronym index
 * @param tokenKeys      distinct tokens in the token index
 * @param skipped        dump elements that did not become institutions, per reason (empty for the shipped table)
 */
public record GazetteerStats(long institutions, Map<Institution.Status, Long> byStatus,
        Map<Name.Type, Long> namesByType, int countries, int nameKeys, int acronymKeys, int tokenKeys,
        Map<SkipReason, Long> skipped) implements Serializable {
    private static final long serialVersionUID = 1L;

    public GazetteerStats {
        byStatus = Map.copyOf(byStatus);
        namesByType = Map.copyOf(namesByType);
        skipped = Map.copyOf(skipped);
    }

    /** Institutions of a status (0 when none). */
    public long count(Institution.Status status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Institutions kept for id lookup only (inactive and withdrawn). */
    public long excluded() {
        return institutions - count(Institution.Status.ACTIVE);
    }

    /** One line for a run summary. */
    public String summary() {
        return String.format("gazetteer: %d institutions (%d active, %d inactive, %d withdrawn: not matchable),"
                        + " %d countries, names %s, keys: %d names, %d acronyms, %d tokens, skipped %s",
                institutions, count(Institution.Status.ACTIVE), count(Institution.Status.INACTIVE),
                count(Institution.Status.WITHDRAWN), countries, new TreeMap<>(namesByType), nameKeys, acronymKeys,
                tokenKeys, skipped.isEmpty() ? "none" : new TreeMap<>(skipped));
    }
}
