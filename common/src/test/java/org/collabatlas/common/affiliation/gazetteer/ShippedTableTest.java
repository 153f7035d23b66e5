package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedTableTest {
    @TempDir
    Path dir;

    private Gazetteer table(String... lines) throws IOException {
        Path f = dir.resolve("table.tsv");
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return Gazetteer.loadTable(f);
    }

    @Test
    void readsKindsLanguagesAndHandMarks() throws IOException {
        Gazetteer g = table("# comment", "",
                "https://ror.org/0test0301\tKR\tDaejeon\teducation,funder\tdisplay@en=Korea Advanced Institute of"
                        + " Science and Technology | label@ko=한국과학기술원 | acronym=KAIST | +alias=KAIST University");
        Institution i = g.get(0);
        assertEquals(List.of(new Name("Korea Advanced Institute of Science and Technology", Name.Type.DISPLAY, "en"),
                new Name("한국과학기술원", Name.Type.LABEL, "ko"), new Name("KAIST University", Name.Type.ALIAS, null),
                new Name("KAIST", Name.Type.ACRONYM, null)), i.names());
        assertEquals(List.of("education", "funder"), i.types());
        assertEquals("Daejeon", i.city());
        assertEquals(Institution.Status.ACTIVE, i.status());
    }

    @Test
    void malformedLinesFailWithTheirLineNumber() {
        String base = "https://ror.org/0test0301\tKR\tDaejeon\teducation\t";
        assertMessage("table.tsv:2: no display= name", "# c", base + "acronym=KAIST");
        assertMessage("table.tsv:1: more than one display name", base + "display=A | display=B");
        assertMessage("table.tsv:1: unknown name kind 'nickname'", base + "display=A | nickname=B");
        assertMessage("table.tsv:1: expected 5 tab-separated fields", "https://ror.org/0test0301\tKR\tdisplay=A");
        assertMessage("table.tsv:1: not a ROR id", "https://ror.org/TEST\tKR\t\t\tdisplay=A");
        assertMessage("table.tsv:1: https://ror.org/0test0301: country code", base.replace("KR", "Korea") + "display=A");
    }

    private void assertMessage(String expected, String... lines) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table(lines));
        assertTrue(e.getMessage().endsWith(expected) || e.getMessage().contains(expected), e.getMessage());
    }
}
