package org.collabatlas.common.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuthorKeyTest {
    @Test
    void orcidWinsOverEverythingElse() {
        assertEquals("orcid:0000-0002-1825-009X", AuthorKey.of("ieee", "https://orcid.org/0000-0002-1825-009x",
                "37265837000", "Jane Doe", "https://ror.org/02kkvpp62", "DE"));
    }

    @Test
    void invalidOrcidFallsBackToTheSourceId() {
        assertEquals("ieee:37265837000", AuthorKey.of("ieee", "not an orcid", " 37265837000 ", "Jane Doe", null, "DE"));
    }

    @Test
    void sourceIdNeedsItsSource() {
        assertEquals("name:jane doe@DE", AuthorKey.of(null, null, "37265837000", "Jane Doe", null, "DE"));
    }

    @Test
    void identityIsTheKeyWhenOneRowDecidesIt() {
        // the graph stage keys these rows without grouping the authorship: identity must be what of() returns
        assertEquals("orcid:0000-0002-1825-009X", AuthorKey.identity("ieee", "0000-0002-1825-009x", "1"));
        assertEquals("ieee:37265837000", AuthorKey.identity(" ieee ", "not an orcid", " 37265837000 "));
        assertEquals(null, AuthorKey.identity(null, null, "37265837000"));
        assertEquals(null, AuthorKey.identity("wos", " ", " "));
        for (String[] a : new String[][] {{"ieee", "0000-0002-1825-009x", "1"}, {"acm", null, "99"},
            {"wos", null, null}, {null, "x", "5"}}) {
            String id = AuthorKey.identity(a[0], a[1], a[2]);
            if (id != null) {
                assertEquals(id, AuthorKey.of(a[0], a[1], a[2], "Jane Doe", "ror:x", "JP"));
            }
        }
    }

    @Test
    void nameKeyIsAnchoredAtInstitutionThenCountryThenUnknown() {
        assertEquals("name:jorg muller@https://ror.org/02kkvpp62",
                AuthorKey.of("wos", null, null, "Müller, Jörg", "https://ror.org/02kkvpp62", "DE"));
        assertEquals("name:jorg muller@DE", AuthorKey.of("wos", null, "  ", "Jorg  MULLER", " ", "DE"));
        assertEquals("name:jorg muller@unknown", AuthorKey.of("wos", "", "", "Jörg Müller", null, null));
    }

    @Test
    void namesNormalise() {
        assertEquals("jorg muller", AuthorKey.normalisedName("Müller, Jörg"));
        assertEquals("jorg muller", AuthorKey.normalisedName("  Jörg   Müller "));
        assertEquals("j p muller", AuthorKey.normalisedName("Müller, J.-P."));
        assertEquals("wang xiao ming", AuthorKey.normalisedName("Wang, Xiao, Ming"));
        assertEquals("王小明", AuthorKey.normalisedName("王小明"));
        assertNull(AuthorKey.normalisedName(" -- "));
        assertNull(AuthorKey.of("acm", null, null, "...", "x", "JP"));
    }

    @Test
    void modalCountryIsTheMostFrequentWithTiesToTheSmallestCode() {
        assertEquals("JP", AuthorKey.modalCountry(java.util.Arrays.asList("US", "JP", null, "JP", "CN", "US", "JP")));
        assertEquals("CN", AuthorKey.modalCountry(java.util.List.of("US", "CN", "US", "CN")));
        assertEquals("KR", AuthorKey.modalCountry(java.util.List.of("KR")));
        assertNull(AuthorKey.modalCountry(java.util.Arrays.asList(null, null)));
        assertNull(AuthorKey.modalCountry(java.util.List.of()));
        assertNull(AuthorKey.modalCountry(null));
    }
}
