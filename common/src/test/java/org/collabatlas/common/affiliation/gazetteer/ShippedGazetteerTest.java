package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippedGazetteerTest {
    private static final Gazetteer G = Gazetteer.shipped();

    private static String country(List<Institution> l) {
        assertEquals(1, l.size(), () -> "expected one institution, got " + l);
        return l.get(0).countryCode();
    }

    @Test
    void loadsAtLeast200ActiveInstitutions() {
        assertTrue(G.size() >= 200, "only " + G.size());
        assertEquals(G.size(), G.candidates());
        System.out.println("shipped " + G.stats().summary());
    }

    @Test
    void idsAreWellFormedAndUnique() {
        Set<String> ids = new HashSet<>();
        for (Institution i : G.institutions()) {
            assertTrue(i.id().matches("https://ror\\.org/0[0-9a-z]{8}"), i.id());
            assertTrue(ids.add(i.id()), "duplicate " + i.id());
        }
    }

    @Test
    void everyCountryIsAnIsoCodeAndEveryInstitutionHasNames() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (Institution i : G.institutions()) {
            assertTrue(iso.contains(i.countryCode()), i.id() + " " + i.countryCode());
            assertFalse(i.names().isEmpty(), i.id());
            assertEquals(i.displayName(), i.names().get(0).value(), i.id());
            assertFalse(NameKeys.normalise(i.displayName()).isEmpty(), i.id());
        }
    }

    @Test
    void spotChecks() {
        assertEquals("CN", country(G.byName("Tsinghua University")));
        assertEquals("CN", country(G.byName("清华大学")));
        assertEquals("KR", country(G.byAcronym("KAIST")));
        assertEquals("The University of Tokyo", G.byName("東京大学").get(0).displayName());
        assertEquals("HK", country(G.byAcronym("HKUST")));
        assertEquals("HK", country(G.byName("The Hong Kong University of Science and Technology")));
        assertEquals("CH", country(G.byName("ETH Zürich")));
        assertEquals("US", country(G.byName("Massachusetts Institute of Technology")));
    }

    @Test
    void ntuIsBothNanyangAndNationalTaiwanUniversity() {
        List<String> ntu = G.byAcronym("NTU").stream().map(i -> i.displayName() + "/" + i.countryCode()).toList();
        assertTrue(ntu.contains("Nanyang Technological University/SG"), ntu.toString());
        assertTrue(ntu.contains("National Taiwan University/TW"), ntu.toString());
    }

    @Test
    void coversTheLargeIctPublishersOfEachRegion() {
        for (String name : List.of("Peking University", "Zhejiang University", "Shanghai Jiao Tong University",
                "University of Science and Technology of China", "Harbin Institute of Technology", "Xidian University",
                "Beijing University of Posts and Telecommunications", "Chinese Academy of Sciences",
                "National University of Defense Technology", "Indian Institute of Science Bangalore",
                "Indian Institute of Technology Bombay", "Kyoto University", "Osaka University", "Tohoku University",
                "Seoul National University", "Pohang University of Science and Technology", "Samsung",
                "National University of Singapore", "University of Hong Kong", "City University of Hong Kong",
                "National Tsing Hua University", "Academia Sinica", "Stanford University",
                "Carnegie Mellon University", "Georgia Institute of Technology", "Google", "IBM",
                "Technical University of Munich", "Imperial College London", "Inria", "KU Leuven",
                "Delft University of Technology", "Politecnico di Milano")) {
            assertFalse(G.byName(name).isEmpty(), name);
        }
    }
}
