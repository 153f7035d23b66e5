package org.collabatlas.common.affiliation.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * What {@link RorDumpReader} read: every element of the dump array is either an institution or a skip with a reason.
 *
 * @param institutions the records read, in dump order
 * @param skipped      count of skipped elements per reason (reasons with no skip are absent)
 * @param examples     the first few skips, as {@code "element #12: MISSING_ID"}, for a log line
 * @param v1Records    how many institutions were read from the ROR schema v1 layout
 */
public record DumpReadResult(List<Institution> institutions, Map<SkipReason, Long> skipped, List<String> examples,
        long v1Records) {
    public DumpReadResult {
        institutions = List.copyOf(institutions);
        skipped = Map.copyOf(skipped);
        examples = List.copyOf(examples);
    }

    /** All skipped elements. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Elements of the array: institutions plus skips. */
    public long elements() {
        return institutions.size() + skippedTotal();
    }
}
