package org.collabatlas.common.affiliation.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
    @Test
    void aTrailingCountryIsDropped() {
        assertEquals(List.of("Nokia"), NameVariants.of("Nokia (Finland)", "Finland", true));
        assertEquals(List.of("Microsoft"), NameVariants.of("Microsoft (United States)", "United States", true));
        assertEquals(List.of("Huawei Technologies"),
                NameVariants.of("Huawei Technologies (Poland)", "Poland", true));
        // a non-company with a qualifier too (ROR's rule is about same names in several countries, not types)
        assertEquals(List.of("Ministry of Development"),
                NameVariants.of("Ministry of Development (Turkey)", "Türkiye", false));
    }

    @Test
    void theRecordsOwnGeoNamesCountryOrAnyCountryNameCounts() {
        // GeoNames writes Türkiye; ROR's qualifier Turkiye; compared after accent folding
        assertEquals(List.of("MSD"), NameVariants.of("MSD (Turkiye)", "Türkiye", true));
        // a qualifier naming another country than the record's (a subsidiary located abroad)
        assertEquals(List.of("Sakamura Machine Co., Ltd.", "Sakamura Machine"),
                NameVariants.of("Sakamura Machine Co., Ltd. (Japan)", "Pakistan", true));
        assertEquals(List.of("Anagram Therapeutics Inc.", "Anagram Therapeutics"),
                NameVariants.of("Anagram Therapeutics Inc. (United States of America)", null, true));
        assertEquals(List.of("Extreme Light Infrastructure ERIC"),
                NameVariants.of("Extreme Light Infrastructure ERIC (Czech Republic)", "Czechia", false));
    }

    @Test
    void otherParenthesesStay() {
        for (String name : new String[] {"Centre National de la Recherche Scientifique (CNRS)",
            "B. Borooah College (Autonomous)", "GITAM (Deemed to Be University)",
            "China University of Geosciences (Beijing)", "University of Frankfurt (Oder)",
            "Mayo Clinic Cancer Center (Arizona)", "Patrimoine(s), Culture(s), Création(s)", "(France)"}) {
            assertEquals(List.of(), NameVariants.of(name, "France", false), name);
        }
    }

    @Test
    void aCompanysLegalFormIsDroppedAfterItsCountry() {
        assertEquals(List.of("IBM Japan, Ltd.", "IBM Japan"), NameVariants.of("IBM Japan, Ltd. (Japan)", "Japan", true));
        assertEquals(List.of("Toshiba Nanoanalysis"), NameVariants.of("Toshiba Nanoanalysis Corporation", "Japan", true));
        assertEquals(List.of("Jiying Technology"), NameVariants.of("Jiying Technology Co., Ltd", "China", true));
        assertEquals(List.of("Swedish Match"), NameVariants.of("Swedish Match AB (publ)", "Sweden", true));
        assertEquals(List.of("Siemens"), NameVariants.of("Siemens AG", "Germany", true));
        assertEquals(List.of("Airbus Defence and Space"),
                NameVariants.of("Airbus Defence and Space GmbH", "Germany", true));
        // both, repeatedly: a country, a legal form, then a country again
        assertEquals(List.of("HUTCHMED (China) Limited", "HUTCHMED (China)", "HUTCHMED"),
                NameVariants.of("HUTCHMED (China) Limited (China)", "Hong Kong", true));
    }

    @Test
    void legalFormsOnlyForCompaniesAndNeverTheWholeName() {
        assertEquals(List.of(), NameVariants.of("Cancer Research UK Limited", "United Kingdom", false));
        assertEquals(List.of(), NameVariants.of("Limited", "United Kingdom", true));
        // capitals matter: a word that is not a legal form in lower case stays
        assertEquals(List.of(), NameVariants.of("Casa Se", "Italy", true));
        assertEquals(List.of(), NameVariants.of("Sony", "Japan", true));
    }

    @Test
    void countryNamesCoverIsoAndTheUsualVariants() {
        for (String c : new String[] {"United States", "USA", "United Kingdom", "UK", "South Korea", "Korea",
            "Netherlands", "The Netherlands", "Czech Republic", "Hong Kong", "Taiwan", "Russia", "Vietnam",
            "Türkiye", "Turkey", "Finland", "Japan", "China", "Germany", "Poland", "Côte d'Ivoire"}) {
            assertTrue(NameVariants.countryNames().contains(NameKeys.normalise(c)), c);
        }
        assertTrue(NameVariants.countryNames().size() > Locale.getISOCountries().length,
                "every ISO country has an English name, and the variants are added");
    }

    @Test
    void onlyVariantsWithARareWordAreAdded() {
        // 30 records have science, technology and corporation in a name: rare is up to MIN_RARE = 20 records
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            json.append(String.format(Locale.ROOT, "{\"id\": \"https://ror.org/0test1%03d\", \"types\": "
                    + "[\"company\"], \"names\": [{\"value\": \"Corporation %d for Science and Technology\", "
                    + "\"types\": [\"ror_display\"]}]},", i, i));
        }
        json.append("""
                {"id": "https://ror.org/0test0201", "types": ["company"],
                 "names": [{"value": "Science and Technology Corporation (Netherlands)", "types": ["ror_display"]}],
                 "locations": [{"geonames_details": {"country_code": "NL", "country_name": "The Netherlands"}}]},
                {"id": "https://ror.org/0test0202", "types": ["company"],
                 "names": [{"value": "Holon Science and Technology Co., Ltd. (Japan)", "types": ["ror_display"]}],
                 "locations": [{"geonames_details": {"country_code": "JP", "country_name": "Japan"}}]}]
                """);
        Gazetteer g = Gazetteer.of(RorDumpReader.read(RorFixtures.text(json.toString())));
        assertEquals(List.of(), g.byId("0test0201").orElseThrow().names(Name.Type.ALIAS),
                "Science and Technology Corporation and Science and Technology have no rare word");
        assertEquals(List.of("Holon Science and Technology Co., Ltd.", "Holon Science and Technology"),
                g.byId("0test0202").orElseThrow().names(Name.Type.ALIAS).stream().map(Name::value).toList());
    }

    @Test
    void theDumpReaderAddsTheVariantsAsAliasesAndTheIndexesFindThem() {
        Gazetteer g = Gazetteer.of(RorDumpReader.read(RorFixtures.text("""
                [{"id": "https://ror.org/0test0101", "status": "active", "types": ["company"],
                  "names": [{"value": "Nokia (Finland)", "types": ["ror_display", "label"], "lang": "en"},
                            {"value": "Nokia", "types": ["alias"]}],
                  "locations": [{"geonames_details": {"country_code": "FI", "country_name": "Finland",
                                                      "name": "Espoo"}}]},
                 {"id": "https://ror.org/0test0102", "status": "active", "types": ["company"],
                  "names": [{"value": "IBM Japan, Ltd. (Japan)", "types": ["ror_display"], "lang": "en"},
                            {"value": "IBM", "types": ["acronym"]}],
                  "locations": [{"geonames_details": {"country_code": "JP", "country_name": "Japan"}}]},
                 {"id": "https://ror.org/0test0103", "status": "active", "types": ["company"],
                  "names": [{"value": "IBM (Germany)", "types": ["ror_display"]}],
                  "relationships": [{"type": "parent", "id": "https://ror.org/0test0104"}],
                  "locations": [{"geonames_details": {"country_code": "DE", "country_name": "Germany"}}]},
                 {"id": "https://ror.org/0test0105", "status": "active", "types": ["government"],
                  "names": [{"value": "Centre National de la Recherche Scientifique (CNRS)",
                             "types": ["ror_display"], "lang": "fr"}],
                  "locations": [{"geonames_details": {"country_code": "FR", "country_name": "France"}}]}]
                """)));
        Institution nokia = g.byId("0test0101").orElseThrow();
        assertEquals(List.of(new Name("Nokia", Name.Type.ALIAS, null)), nokia.names(Name.Type.ALIAS),
                "the variant Nokia is already an alias: not added twice");
        Institution ibmJapan = g.byId("0test0102").orElseThrow();
        assertEquals(List.of(new Name("IBM Japan, Ltd.", Name.Type.ALIAS, "en"),
                new Name("IBM Japan", Name.Type.ALIAS, "en")), ibmJapan.names(Name.Type.ALIAS));
        assertEquals(List.of(ibmJapan), g.byName("IBM Japan"));
        assertEquals(List.of(nokia), g.byName("nokia"));
        assertEquals(List.of("https://ror.org/0test0103"), g.byName("IBM").stream().map(Institution::id).toList());
        assertEquals(List.of(), g.byName("Centre National de la Recherche Scientifique"));
        assertEquals(1, g.byId("0test0105").orElseThrow().names().size());
    }
}
