package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blocking keys, similarity, ids and union-find of the provisional institutions, on hand-worked cases. */
class ClusterKeysTest {
    @Test
    void similarityIsJaccardOfTokenSetsAtLeastPointEight() {
        assertTrue(ClusterKeys.similar("acme quantum widget laboratory, springfield",
                "acme quantum widget laboratory springfield"), "same tokens, other punctuation");
        // 4 shared of 6 distinct = 0.667
        assertFalse(ClusterKeys.similar("alpha beta gamma delta epsilon", "alpha beta gamma delta zeta"));
        // 5 shared of 6 distinct = 0.833
        assertTrue(ClusterKeys.similar("alpha beta gamma delta epsilon", "alpha beta gamma delta epsilon eta"));
        // stop words do not count: {alpha, beta} both
        assertTrue(ClusterKeys.similar("alpha of beta", "the alpha beta"));
        assertFalse(ClusterKeys.similar("", "alpha"));
    }

    @Test
    void blockingKeysAreTwoMinHashTokensWithTheCountry() {
        assertEquals(2, ClusterKeys.blockingKeys("alpha beta gamma", "US").size());
        assertEquals(ClusterKeys.blockingKeys("alpha beta gamma", "US"),
                ClusterKeys.blockingKeys("gamma, alpha beta", "US"), "order and punctuation do not matter");
        assertTrue(ClusterKeys.blockingKeys("alpha beta gamma", "US").stream().allMatch(k -> k.startsWith("US:")));
        assertTrue(ClusterKeys.blockingKeys("alpha beta gamma", null).stream().allMatch(k -> k.startsWith("--:")));
        assertEquals(1, ClusterKeys.blockingKeys("alpha", "JP").size());
    }

    @Test
    void idsAreStableHashesOfRepresentativeAndCountry() {
        String id = ClusterKeys.clusterId("acme lab", "US");
        assertTrue(id.matches("cluster:[0-9a-f]{16}"), id);
        assertEquals(id, ClusterKeys.clusterId("acme lab", "US"));
        assertNotEquals(id, ClusterKeys.clusterId("acme lab", null));
        assertNotEquals(id, ClusterKeys.clusterId("acme lab", "JP"));
    }

    @Test
    void unionFindRootIsTheSmallestStringWhateverTheOrder() {
        ClusterKeys.UnionFind a = new ClusterKeys.UnionFind();
        a.union("c", "d");
        a.union("d", "b");
        a.union("x", "y");
        ClusterKeys.UnionFind b = new ClusterKeys.UnionFind();
        b.union("y", "x");
        b.union("b", "d");
        b.union("d", "c");
        Map<String, String> roots = a.roots();
        assertEquals(roots, b.roots());
        assertEquals("b", roots.get("c"));
        assertEquals("b", roots.get("d"));
        assertEquals("x", roots.get("y"));
    }

    @Test
    void displayNameKeepsTheSegmentsWithInstitutionWords() {
        assertEquals("Microsoft Research", ClusterKeys.displayName("Microsoft Research, Redmond, WA, USA"));
        assertEquals("Acme Quantum Widget Laboratory",
                ClusterKeys.displayName("Dept. of CS, Acme Quantum Widget Laboratory, Springfield, IL 62701"));
        assertEquals("Toshiba Res Europe Ltd, Telecommun Res Lab",
                ClusterKeys.displayName("Toshiba Res Europe Ltd, Telecommun Res Lab, 32 Queen Sq, Bristol BS1 4ND"));
        assertEquals("Nowhere Univ.", ClusterKeys.displayName("Department of Obscure Studies; Nowhere Univ.; Japan"));
        // a unit that is itself a "research" segment goes when an organisation follows it
        assertEquals("Zeta Institute", ClusterKeys.displayName("Graduate School of Research, Zeta Institute, Osaka"));
    }

    @Test
    void displayNameWithoutInstitutionWordsIsTheFirstSegment() {
        assertEquals("Microsoft", ClusterKeys.displayName("Microsoft, One Microsoft Way, Redmond, WA"));
        assertEquals("Google", ClusterKeys.displayName("Google, Mountain View, CA 94043 USA"));
        assertEquals("Zeta Photonics Works", ClusterKeys.displayName("Zeta Photonics Works, Boulder, CO, USA"));
        assertEquals("Acme", ClusterKeys.displayName("  Acme  "));
        assertEquals("", ClusterKeys.displayName(null));
        assertEquals("", ClusterKeys.displayName(" "));
        assertEquals(",", ClusterKeys.displayName(","));
    }
}
