package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load(RorFixtures.gzipped(RorFixtures.V2));

    private static List<String> ids(List<Institution> l) {
        return l.stream().map(Institution::id).toList();
    }

    @Test
    void findsByEveryKindOfName() {
        assertEquals(List.of("https://ror.org/0test0001"), ids(G.byName("TSINGHUA  university")));
        assertEquals(List.of("https://ror.org/0test0001"), ids(G.byName("清华大学")));
        assertEquals(List.of("https://ror.org/0test0001"), ids(G.byName("Qinghua Daxue")));
        assertEquals(List.of("https://ror.org/0test0001"), ids(G.byAcronym("T.H.U.")));
        assertEquals(List.of("https://ror.org/0test0005"), ids(G.byAcronym("kaist")));
        assertEquals(List.of("https://ror.org/0test0005"), ids(G.byName("한국과학기술원")));
        assertEquals(List.of(), G.byName("THU"));
    }

    @Test
    void tokenIndexCountsDocumentFrequency() {
        assertEquals(2, G.documentFrequency("tsinghua"));
        assertEquals(1, G.documentFrequency("university"));
        assertEquals(1, G.documentFrequency("大学"));
        assertEquals(0, G.documentFrequency("electricite"));
        assertEquals(ids(G.byToken("tsinghua")), List.of("https://ror.org/0test0001", "https://ror.org/0test0002"));
        assertEquals(3, G.candidates());
    }

    @Test
    void withdrawnAndInactiveAreFoundByIdOnly() {
        assertEquals(Institution.Status.WITHDRAWN, G.byId("https://ror.org/0test0003").orElseThrow().status());
        assertEquals(Institution.Status.INACTIVE, G.byId("0test0004").orElseThrow().status());
        assertEquals(List.of(), G.byName("Tsinghua University (duplicate)"));
        assertEquals(List.of(), G.byName("Ecole Superieure d'Electricite"));
        assertEquals(List.of(), G.byAcronym("Supélec"));
        assertEquals(0, G.documentFrequency("duplicate"));
        assertEquals(List.of(), G.byCountry("FR"));
        assertEquals(List.of("https://ror.org/0test0001", "https://ror.org/0test0002"), ids(G.byCountry("CN")));
        assertTrue(G.byId("https://ror.org/0nothere0").isEmpty());
    }

    @Test
    void statsAccountForStatusesNamesAndSkips() {
        GazetteerStats s = G.stats();
        assertEquals(5, s.institutions());
        assertEquals(3, s.count(Institution.Status.ACTIVE));
        assertEquals(2, s.excluded());
        assertEquals(2, s.countries());
        assertEquals(5L, s.skipped().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(Map.of(Name.Type.DISPLAY, 3L, Name.Type.LABEL, 3L, Name.Type.ALIAS, 2L, Name.Type.ACRONYM, 3L),
                s.namesByType());
        assertTrue(s.summary().contains("5 institutions (3 active, 1 inactive, 1 withdrawn"), s.summary());
    }

    @Test
    void survivesJavaSerialisationAsABroadcastVariable() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(G);
        }
        Gazetteer copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Gazetteer) in.readObject();
        }
        assertEquals(G.institutions(), copy.institutions());
        assertEquals(ids(G.byName("清华大学")), ids(copy.byName("清华大学")));
        assertEquals(G.stats(), copy.stats());
    }
}
