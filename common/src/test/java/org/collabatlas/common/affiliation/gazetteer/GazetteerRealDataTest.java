package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collabatlas.common.ingest.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partial ROR v2 dump of {@code shared/data/ror} (51,370 records). Skipped with a printed reason when the shared
 * data is absent. Prints the load time and the rough retained heap per institution.
 */
class GazetteerRealDataTest {
    private static Gazetteer partial;

    @BeforeAll
    static void load() {
        Path dump = SharedData.dir("ror").resolve("ror-v2-partial.json.gz");
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t0 = System.nanoTime();
        partial = Gazetteer.load(dump);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc(rt);
        System.out.printf("partial ROR dump: %d institutions loaded and indexed in %d ms; retained heap about %d MB,"
                        + " %d bytes per institution%n", partial.size(), millis, (after - before) >> 20,
                (after - before) / partial.size());
        System.out.println(partial.stats().summary());
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void everyRecordOfThePartialDumpLoads() {
        assertEquals(51_370, partial.size());
        assertEquals(Map.of(), partial.stats().skipped());
    }

    @Test
    void countsByStatus() {
        GazetteerStats s = partial.stats();
        assertEquals(48_746, s.count(Institution.Status.ACTIVE));
        assertEquals(1_250, s.count(Institution.Status.INACTIVE));
        assertEquals(1_374, s.count(Institution.Status.WITHDRAWN));
        assertEquals(48_746, partial.candidates());
    }

    @Test
    void everyInstitutionHasACountryAndTheIndexesAnswer() {
        assertTrue(partial.institutions().stream().allMatch(i -> i.countryCode() != null));
        assertTrue(partial.byName("The University of Tokyo").stream().anyMatch(i -> "JP".equals(i.countryCode())));
        assertTrue(partial.documentFrequency("university") > 5_000);
    }

    @Test
    void theShippedDefaultAgreesWithTheDumpOnCountries() {
        List<String> disagreements = new ArrayList<>();
        int inDump = 0;
        for (Institution shipped : Gazetteer.shipped().institutions()) {
            Institution ror = partial.byId(shipped.id()).orElse(null);
            if (ror == null) {
                continue;
            }
            inDump++;
            if (!shipped.countryCode().equals(ror.countryCode())) {
                disagreements.add(shipped.id() + " " + shipped.displayName() + ": shipped " + shipped.countryCode()
                        + ", ROR " + ror.countryCode());
            }
            if (!ror.isCandidate()) {
                disagreements.add(shipped.id() + " " + shipped.displayName() + " is " + ror.status() + " in ROR");
            }
        }
        System.out.println("shipped default: " + inDump + " of " + Gazetteer.shipped().size()
                + " institutions are in the partial dump");
        assertEquals(List.of(), disagreements);
        assertTrue(inDump >= 200, "only " + inDump + " shipped institutions are in the partial dump");
    }
}
