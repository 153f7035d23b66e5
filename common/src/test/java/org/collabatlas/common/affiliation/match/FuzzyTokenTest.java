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

    /**
     * Against brute force: every vocabulary word within one edit of a query (all single edits of some words, and
     * words of the vocabulary themselves) is among the deletion index's candidates, whatever the hash collisions.
     */
    @Test
    void deletionIndexFindsEveryWordOneEditAway() {
        String[] vocabulary = {"berlin", "berlinn", "bernina", "genentech", "genetech", "university", "universty",
            "institute", "institut", "instituto", "technology", "technologies", "tsinghua", "tsingua", "medicine",
            "medicina", "medical", "oxford", "oxfords", "stanford", "stamford", "kaist", "kaust", "tokyo"};
        DeletionIndex idx = DeletionIndex.of(vocabulary, w -> w.length() >= 4);
        java.util.Set<String> queries = new java.util.TreeSet<>(List.of(vocabulary));
        for (String w : List.of("berlin", "genentech", "stanford", "kaist")) {
            for (int i = 0; i <= w.length(); i++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    queries.add(w.substring(0, i) + c + w.substring(i));
                    if (i < w.length()) {
                        queries.add(w.substring(0, i) + c + w.substring(i + 1));
                    }
                }
                if (i < w.length()) {
                    queries.add(w.substring(0, i) + w.substring(i + 1));
                }
                if (i + 1 < w.length()) {
                    queries.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
                }
            }
        }
        for (String q : queries) {
            java.util.Set<Integer> found = new java.util.HashSet<>();
            for (int id : idx.candidates(q)) {
                found.add(id);
            }
            for (int id = 0; id < vocabulary.length; id++) {
                if (vocabulary[id].length() >= 4 && MatchIndex.osaDistance(q, vocabulary[id]) <= 1) {
                    assertEquals(true, found.contains(id), q + " -> " + vocabulary[id]);
                }
            }
        }
    }

    private static Institution inst(String id, String name, String country) {
        return new Institution(id, name, List.of(new Name(name, Name.Type.DISPLAY, "en")), country, null,
                List.of("education"), Institution.Status.ACTIVE, List.of(), List.of(), null, List.of());
    }
}
