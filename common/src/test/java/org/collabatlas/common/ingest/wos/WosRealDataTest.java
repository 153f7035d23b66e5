package org.collabatlas.common.ingest.wos;

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

/** The real Web of Science export of {@code ../shared/data/wos} (skipped when absent). */
class WosRealDataTest {

    @Test
    void parsesTheWholeExport() {
        Parsed p = Parsed.ofFiles(SourceFormat.WOS, SharedData.files("wos"), YearWindow.ALL);
        assertEquals(4071, p.records().size() + p.rejects().size());
        assertEquals(4066, p.records().size());
        assertEquals(Map.of(ReasonCode.NO_AUTHORS, 5L),
                p.rejects().stream().collect(Collectors.groupingBy(Reject::reason, Collectors.counting())));

        // Expected numbers computed independently with a python3 script over the five files: split each line on
        // tabs, authors = AF split on "; " (else AU); C1 split on "; " outside [brackets]; an address belongs to
        // the authors named in its brackets (exact name or same name without case/accents/punctuation), an address
        // without brackets to every author; distinct address texts per author counted as pairs.
        List<AuthorRecord> authors = p.records().stream().flatMap(r -> r.authors().stream()).toList();
        assertEquals(17620, authors.size());
        assertEquals(19446, authors.stream().mapToInt(a -> a.affiliations().size()).sum());
        assertEquals(17488, authors.stream().filter(a -> !a.affiliations().isEmpty()).count());
        assertEquals(4285, authors.stream().filter(a -> a.orcid() != null).count());
        assertEquals(4066, p.records().stream().map(SourceRecord::sourceId).distinct().count());
    }

    @Test
    void spotChecks() {
        Parsed p = Parsed.ofFiles(SourceFormat.WOS, SharedData.files("wos"), YearWindow.ALL);
        Map<String, SourceRecord> byId = p.records().stream()
                .collect(Collectors.toMap(SourceRecord::sourceId, Function.identity()));

        SourceRecord luo = byId.get("WOS:001395617300004");
        assertEquals("10.1109/jiot.2024.3468428", luo.doi());
        assertEquals(List.of("Luo, Zhiqing", "Li, Weiming", "Wu, Yijie", "Dong, Huixin", "Bian, Luanjian",
                "Wang, Wei"), luo.authors().stream().map(AuthorRecord::name).toList());
        assertEquals(List.of(AffiliationRecord.of("ZTE Corp, Algorithm Dept, Shenzhen 518057, Peoples R China",
                "Peoples R China")), luo.authors().get(4).affiliations());
        assertEquals("Peoples R China", luo.authors().get(5).affiliations().get(0).rawCountry());

        // several bracket groups, US ZIP codes, and a trailing address that names no author (given to everyone)
        SourceRecord ti = byId.get("WOS:000631032600026");
        assertEquals(10, ti.authors().size());
        AuthorRecord yen = ti.authors().get(0);
        assertEquals("Yen, Ernest Ting-Ta", yen.name());
        assertEquals(List.of(
                AffiliationRecord.of("Texas Instruments Inc, Kilby Labs, Santa Clara, CA 95051 USA", "USA"),
                AffiliationRecord.of("Texas Instruments Inc, SCP, Dallas, TX USA", "USA")), yen.affiliations());
        assertEquals(List.of("Texas Instruments Inc, ATD, Dallas, TX USA", "Texas Instruments Inc, SCP, Dallas, TX USA"),
                ti.authors().get(3).affiliations().stream().map(AffiliationRecord::raw).toList());

        // ORCID matched although OI writes "Ferrero López" and AF "Ferrero-Lopez"
        SourceRecord alicante = byId.get("WOS:001447800800001");
        assertEquals("0009-0009-2071-7192", alicante.authors().get(0).orcid());
        assertEquals("0000-0003-3148-6886", alicante.authors().get(1).orcid());
        assertEquals("Spain", alicante.authors().get(2).affiliations().get(0).rawCountry());

        // an older record with an unbracketed address
        SourceRecord omre = byId.get("WOS:000275810500011");
        assertEquals(List.of(AffiliationRecord.of("Nord Semicond ASA, Bluetooth Low Energy Wireless Technol, Oslo, "
                + "Norway", "Norway")), omre.authors().get(0).affiliations());
    }
}
