package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.gazetteer.Name;
import org.junit.jupiter.api.Test;

class FuzzyTokenTest {
    @Test
    void optimalStringAlignmentDistance() {
        assertEquals(0, MatchIndex.osaDistance("berlin", "berlin"));
        assertEquals(1, MatchIndex.osaDistance("berln", "berlin"));      // deletion
        assertEquals(1, MatchIndex.osaDistance("berlinn", "berlin"));    // insertion
        assertEquals(1, MatchIndex.osaDistance("berkeley", "bekreley")); // neighbours swapped
        assertEquals(1, MatchIndex.osaDistance("genentech", "genentach"));
        assertEquals(2, MatchIndex.osaDistance("bekerley", "berkeley"));
        assertEquals(2, MatchIndex.osaDistance("abc", "abcde"));
    }

    @Test
    void correctsAnUnknownWordToTheKnownTokenOneEditAway() {
        Gazetteer g = Gazetteer.of(List.of(
                inst("https://ror.org/03v4gjf40", "Technische Universität Berlin", "DE"),
                inst("https://ror.org/04a9tmd77", "Genentech", "US"),
                inst("https://ror.org/01an7q238", "Bernina Institute", "CH")));
        MatchIndex idx = new MatchIndex(g);
        assertEquals(idx.tokenIds.get("berlin"), idx.nearToken("berln"));
        assertEquals(idx.tokenIds.get("genentech"), idx.nearToken("genenetech")); // one letter added
        assertNull(idx.nearToken("berl"), "shorter than 5 letters: never corrected");
        assertNull(idx.nearToken("brazil"), "two edits from every token");
        assertNull(idx.nearToken("b3rlin"), "not letters only");
    }

    private static Institution inst(String id, String name, String country) {
        return new Institution(id, name, List.of(new Name(name, Name.Type.DISPLAY, "en")), country, null,
                List.of("education"), Institution.Status.ACTIVE, List.of(), List.of(), null, List.of());
    }
}
