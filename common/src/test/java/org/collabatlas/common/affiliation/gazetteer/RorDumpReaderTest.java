package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RorDumpReaderTest {
    private static Institution find(DumpReadResult r, String id) {
        return r.institutions().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyElementIsAnInstitutionOrACountedSkip() {
        DumpReadResult r = RorDumpReader.read(RorFixtures.stream(RorFixtures.V2));
        assertEquals(5, r.institutions().size());
        assertEquals(Map.of(SkipReason.MISSING_ID, 1L, SkipReason.NOT_AN_OBJECT, 2L, SkipReason.DUPLICATE_ID, 1L,
                SkipReason.MALFORMED_ID, 1L), r.skipped());
        assertEquals(10, r.elements());
        assertEquals("element #5: MISSING_ID", r.examples().get(0));
        assertEquals(0, r.v1Records());
    }

    @Test
    void readsAllFieldsOfAV2Record() {
        Institution thu = find(RorDumpReader.read(RorFixtures.stream(RorFixtures.V2)), "https://ror.org/0test0001");
        assertEquals("Tsinghua University", thu.displayName());
        assertEquals(List.of(new Name("Tsinghua University", Name.Type.DISPLAY, "en"),
                new Name("清华大学", Name.Type.LABEL, "zh"), new Name("Qinghua Daxue", Name.Type.ALIAS, null),
                new Name("THU", Name.Type.ACRONYM, null)), thu.names());
        assertEquals("CN", thu.countryCode());
        assertEquals("Beijing", thu.city());
        assertEquals(List.of("education", "funder"), thu.types());
        assertEquals(Institution.Status.ACTIVE, thu.status());
        assertEquals(List.of("https://ror.org/0test0002"), thu.childIds());
        assertEquals(List.of(), thu.parentIds());
        assertEquals(1911, thu.established());
        assertEquals(List.of("tsinghua.example.cn"), thu.domains());
    }

    @Test
    void parentsStatusesAndLowerCaseCountries() {
        DumpReadResult r = RorDumpReader.read(RorFixtures.stream(RorFixtures.V2));
        Institution iiis = find(r, "https://ror.org/0test0002");
        assertEquals(List.of("https://ror.org/0test0001"), iiis.parentIds());
        assertEquals("CN", iiis.countryCode());
        assertNull(iiis.established());
        assertEquals(Institution.Status.WITHDRAWN, find(r, "https://ror.org/0test0003").status());
        assertEquals(Institution.Status.INACTIVE, find(r, "https://ror.org/0test0004").status());
    }

    @Test
    void aDisplayNameThatIsAlsoAnAcronymIsKeptAsBoth() {
        Institution kaist = find(RorDumpReader.read(RorFixtures.stream(RorFixtures.V2)), "https://ror.org/0test0005");
        assertEquals("KAIST", kaist.displayName());
        assertEquals(List.of(new Name("KAIST", Name.Type.ACRONYM, null)), kaist.names(Name.Type.ACRONYM));
    }

    @Test
    void gzipIsRecognisedByMagicBytes() {
        DumpReadResult plain = RorDumpReader.read(RorFixtures.stream(RorFixtures.V2));
        DumpReadResult gz = RorDumpReader.read(RorFixtures.gzipped(RorFixtures.V2));
        assertEquals(plain, gz);
    }

    @Test
    void readsTheV1Schema() {
        DumpReadResult r = RorDumpReader.read(RorFixtures.stream(RorFixtures.V1));
        assertEquals(2, r.institutions().size());
        assertEquals(2, r.v1Records());
        Institution tokyo = find(r, "https://ror.org/0test0101");
        assertEquals(List.of(new Name("The University of Tokyo", Name.Type.DISPLAY, null),
                new Name("東京大学", Name.Type.LABEL, "ja"), new Name("Todai", Name.Type.ALIAS, null),
                new Name("UTokyo", Name.Type.ACRONYM, null)), tokyo.names());
        assertEquals("JP", tokyo.countryCode());
        assertEquals("Tokyo", tokyo.city());
        assertEquals(List.of("education"), tokyo.types());
        assertEquals(List.of("https://ror.org/0test0102"), tokyo.childIds());
        assertEquals(List.of("https://ror.org/0test0101"), find(r, "https://ror.org/0test0102").parentIds());
    }

    @Test
    void objectsOfNoKnownSchemaAreSkippedWithTheirReason() {
        DumpReadResult r = RorDumpReader.read(RorFixtures.text(
                "[{\"id\": \"https://ror.org/0test0201\", \"title\": \"x\"},"
                        + " {\"id\": \"https://ror.org/0test0202\", \"status\": \"gone\", \"name\": \"Y\"}]"));
        assertEquals(Map.of(SkipReason.UNKNOWN_SCHEMA, 1L, SkipReason.INVALID_FIELD, 1L), r.skipped());
    }

    @Test
    void inputThatIsNotADumpFailsWithAClearMessage() {
        RorDumpException notArray = assertThrows(RorDumpException.class,
                () -> RorDumpReader.read(RorFixtures.text("{\"number_of_results\": 1, \"items\": []}")));
        assertTrue(notArray.getMessage().contains("JSON array"), notArray.getMessage());
        RorDumpException cut = assertThrows(RorDumpException.class,
                () -> RorDumpReader.read(RorFixtures.text("[{\"id\": \"https://ror.org/0test0001\"")));
        assertTrue(cut.getMessage().contains("not valid JSON"), cut.getMessage());
    }
}
