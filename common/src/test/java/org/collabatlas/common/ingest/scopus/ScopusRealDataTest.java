package org.collabatlas.common.ingest.scopus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.junit.jupiter.api.Test;

/** The real Scopus export of {@code ../shared/data/scopus} (skipped when absent). */
class ScopusRealDataTest {

    @Test
    void parsesTheWholeExport() {
        Parsed p = Parsed.ofFiles(SourceFormat.SCOPUS, SharedData.files("scopus"), YearWindow.ALL);
        assertEquals(921, p.records().size() + p.rejects().size());
        assertEquals(901, p.records().size());
        // the 20 rejects are "Conference Review" records (proceedings front matter): "[No author name available]"
        assertEquals(Map.of(ReasonCode.NO_AUTHORS, 20L),
                p.rejects().stream().collect(Collectors.groupingBy(Reject::reason, Collectors.counting())));

        // Expected numbers computed independently with a python3 script (csv module) over the file: decode
        // &#x...; references, split "Authors with affiliations" on "; ", cut each entry on ", " into name (2 parts,
        // else 1, else 3) and a tail cut greedily (longest first) into strings of "Affiliations"; distinct
        // affiliations per author counted as pairs. Every tail of this file can be cut into known affiliations.
        List<AuthorRecord> authors = p.records().stream().flatMap(r -> r.authors().stream()).toList();
        assertEquals(3237, authors.size());
        assertEquals(3413, authors.stream().mapToInt(a -> a.affiliations().size()).sum());
    }

    @Test
    void spotChecks() {
        Parsed p = Parsed.ofFiles(SourceFormat.SCOPUS, SharedData.files("scopus"), YearWindow.ALL);
        Map<String, SourceRecord> byId = p.records().stream()
                .collect(Collectors.toMap(SourceRecord::sourceId, Function.identity()));

        SourceRecord rahmani = byId.get("2-s2.0-85012875280");
        assertEquals("10.1016/j.future.2017.02.014", rahmani.doi());
        assertEquals(2018, rahmani.year());
        assertEquals(7, rahmani.authors().size());
        assertEquals(List.of(
                AffiliationRecord.of("Department of Computer Science, University of California Irvine, United States",
                        "United States"),
                AffiliationRecord.of("Institute of Computer Technology, TU Wien, Vienna, Austria", "Austria")),
                rahmani.authors().get(0).affiliations());
        assertEquals(new AuthorRecord(2, "Gia, T.N.", null, null, List.of(AffiliationRecord.of(
                "Department of Information Technology, University of Turku, Turku, Finland", "Finland"))),
                rahmani.authors().get(1));

        // "Oliveira, A., Jr." keeps its suffix; the Authors column would have split it off
        List<String> jr = p.records().stream().flatMap(r -> r.authors().stream()).map(AuthorRecord::name)
                .filter(n -> n.endsWith("Jr.")).distinct().sorted().toList();
        assertEquals(List.of("De Andrade, N., Jr.", "Oliveira, A., Jr."), jr);
    }
}
