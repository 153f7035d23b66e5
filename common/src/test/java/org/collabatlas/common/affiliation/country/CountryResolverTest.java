package org.collabatlas.common.affiliation.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written cases: each line is an affiliation string and the country it must resolve to. */
class CountryResolverTest {
    static final CountryResolver RESOLVER = CountryResolver.create();

    private static void check(String expected, String affiliation, String raw) {
        CountryResult r = RESOLVER.resolve(affiliation, raw);
        assertEquals(expected, r.code(), () -> "'" + affiliation + "' / '" + raw + "' -> " + r);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CN | Tsinghua Univ, Beijing 100084, P.R. China
            CN | Dept EE, Tsinghua University, Beijing, PR China
            CN | Zhejiang Univ, Hangzhou, PRC
            CN | ZTE Corp, Algorithm Dept, Shenzhen 518057, Peoples R China
            CN | Some Lab, China
            CN | 清华大学，北京，中国
            CN | 中华人民共和国
            CN | Institute for Immunology, Tsinghua University 1 , Beijing, China
            CN | College of Integrated Circuits, Nanjing University of Posts and Telecommunications, Nanjing China
            CN | Chinese University of Hong Kong, Shenzhen
            CN | Chinese Univ Hong Kong, Shenzhen 518172, Peoples R China
            JP | Univ Tokyo, Tokyo, Japan
            JP | 日本
            JP | 東京大学
            KR | KAIST, Daejeon, Korea (South)
            KR | Seoul National University, Seoul, South Korea
            KR | POSTECH, Pohang, Republic of Korea
            KR | Hanyang Univ, Rep. of Korea
            KR | Dept CS, Korea University, Seoul, Korea
            KR | 대한민국
            KR | 서울대학교 컴퓨터공학부
            KR | 한국
            KP | Kim Il Sung University, Pyongyang, North Korea
            KP | Pyongyang, DPRK
            TW | National Taiwan University, Taipei, Taiwan
            TW | Natl Chung Hsing Univ, Taichung 40227, Taiwan, ROC
            TW | Academia Sinica, Taipei, Republic of China
            TW | 國立臺灣大學
            TW | 台湾
            TW | China Medical University, Taichung, Taiwan
            TW | National Science and Technology Council, R.O.C. (Taiwan)
            TW | Taipei, Taiwan, China
            HK | University of Hong Kong
            HK | Hong Kong Univ Sci & Technol, Dept Elect & Comp Engn, Hong Kong, Peoples R China
            HK | City University of Hong Kong, Kowloon, Hong Kong SAR
            HK | 香港大學
            HK | Dept Computing, Hong Kong Polytechnic University, Hung Hom, Kowloon, Hong Kong
            MO | Univ Macau, Taipa, Macau, Peoples R China
            MO | University of Macao, Macao
            MO | 澳門大學
            TR | Middle East Technical University, Ankara, Turkey
            TR | Bogazici Univ, Istanbul, Türkiye
            TR | Koc Univ, Istanbul, Turkiye
            GB | Univ Oxford, Oxford, UK
            GB | Imperial College, London, U.K.
            GB | University of Edinburgh, United Kingdom
            GB | Univ Bristol, Bristol, England
            GB | Univ Glasgow, Glasgow, Scotland
            GB | Cardiff Univ, Cardiff, Wales
            GB | Queens Univ Belfast, Belfast, North Ireland
            GB | Ulster University, Northern Ireland
            GB | University of Cambridge, Great Britain
            GB | Department of Engineering, University of Cambridge, Cambridge
            US | Stanford Univ, Stanford, CA 94305 USA
            US | Univ Michigan, Ann Arbor, MI 48109
            US | Univ Michigan, Ann Arbor, MI 48109 USA
            US | Georgia Inst Technol, Atlanta, GA, USA
            US | Emory University, Atlanta, Georgia
            US | Georgia Institute of Technology
            US | Georgia Tech.
            US | University of Georgia, Athens
            US | Georgia State University
            US | IBM Research, Yorktown Heights, NY, U.S.A.
            US | Harvard Medical School, Boston, MA, US
            US | NIST, Gaithersburg, MD, U.S.
            US | Microsoft, Redmond, United States
            US | MIT, Cambridge, United States of America
            US | MIT, Cambridge, MA
            US | Harvard University, Cambridge
            US | Dept Physics, University of New Mexico, Albuquerque
            US | University of New Mexico
            US | Indiana University, Bloomington
            US | Jordan Hall, Stanford
            US | Beth Israel Deaconess Medical Center, Boston
            US | Texas A&M University, College Station, TX 77843
            US | Baylor Univ, Paris, TX
            US | Dartmouth College, Hanover, New Hampshire
            GE | Tbilisi State University, Tbilisi, Georgia
            GE | Ilia State University, Georgia
            GE | Georgia
            JO | University of Jordan, Amman, Jordan
            IL | Technion, Haifa, Israel
            DE | TU München, München, Deutschland
            DE | Max Planck Institute, Germany
            DE | Universität Stuttgart, Allemagne
            DE | Technical University of Munich
            ES | Universidad de Granada, España
            BR | Universidade de São Paulo, Brasil
            IT | Politecnico di Milano, Italia
            RU | МГУ, Москва, Россия
            RU | Lomonosov Moscow State Univ, Russian Federation
            RU | ITMO University, St. Petersburg, Russia
            VN | Hanoi Univ Sci & Technol, Hanoi, Viet Nam
            VN | Ton Duc Thang University, Vietnam
            IR | Sharif Univ Technol, Tehran, Iran
            IR | Amirkabir University, Islamic Republic of Iran
            CZ | Czech Tech Univ, Prague, Czech Republic
            CZ | Brno University of Technology, Czechia
            NL | Delft Univ Technol, Delft, The Netherlands
            NL | Philips Research, Eindhoven, Holland
            AE | Khalifa Univ, Abu Dhabi, U Arab Emirates
            AE | American University of Sharjah, UAE
            SA | King Abdullah Univ Sci & Technol, Thuwal, Saudi Arabia
            IN | IIT Bombay, Mumbai, India
            IN | भारत
            IN | Indian Institute of Science, Bangalore
            IN | Anna University, Chennai, Tamil Nadu
            SG | National University of Singapore, Singapore
            AU | Univ Sydney, Sydney, NSW 2006, Australia
            AU | Univ Sydney, Camperdown NSW 2006
            AU | Monash University, Clayton VIC 3800
            AU | University of Queensland, Brisbane, QLD
            AU | Curtin University, Perth, WA 6102
            NZ | University of Auckland, Auckland, New Zealand
            BA | Univ Sarajevo, Sarajevo, Bosnia & Herceg
            PG | Univ Papua New Guinea, Port Moresby, Papua N Guinea
            DO | Pontificia Univ Catolica Madre & Maestra, Santiago, Dominican Rep
            CF | Univ Bangui, Bangui, Cent Afr Republ
            TT | Univ West Indies, St Augustine, Trinid & Tobago
            XK | University of Prishtina, Kosovo
            CA | University of Toronto, Toronto, ON M5S 3G4
            CA | Univ Waterloo, Waterloo, ON, Canada
            CA | Western University, London, Ontario
            CA | McGill University, Montréal, Québec
            CA | National Research Council, Ottawa, ON K1A 0R6
            CA | UBC, Vancouver, BC
            CH | ETH Zurich, Zurich, Switzerland
            FR | Sorbonne Université, Paris
            IN | Dept CSE, NIT Warangal, Telangana
            JP | Osaka University, Suita, Osaka
            JP | 大阪大学
            JP | Tohoku Univ, Sendai, Miyagi 980-8579
            KR | ETRI, Daejeon 34129
            TW | NCTU, Hsinchu 300
            CN | Wuhan University, Wuhan, Hubei
            CN | Harbin Inst Technol, Harbin 150001
            CN | Xi'an Jiaotong University
            CN | 北京航空航天大学
            CN | 上海交通大学
            """)
    void resolvesTheExample(String expected, String affiliation) {
        check(expected, affiliation, null);
    }

    @ParameterizedTest(name = "{1} / {2} -> {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CN | Tsinghua Univ, Beijing | Peoples R China
            HK | Hong Kong Univ Sci & Technol, Hong Kong | Peoples R China
            CN | Chinese Univ Hong Kong, Shenzhen | Peoples R China
            MO | Univ Macau, Taipa, Macau | Peoples R China
            US | Some Lab | USA
            GB | Some Lab | England
            AE | Some Lab | U Arab Emirates
            US | Some Lab | US
            GB | Some Lab | GB
            TW | Some Lab | TW
            HK | Some Lab | HK
            XK | Some Lab | XK
            FR | Inria, Paris | FR;US
            US | MIT, Cambridge MA | FR;US
            CN | Unknown lab | CN;CN
            KR | | KR
            DE | Universität Stuttgart | Germany
            JP | Univ Tokyo | Japan
            """)
    void usesTheCountryField(String expected, String affiliation, String raw) {
        check(expected, affiliation, raw);
    }

    @Test
    void methodsAndEvidence() {
        assertEquals(CountryResult.of("CN", Method.RAW_COUNTRY, "Peoples R China"),
                RESOLVER.resolve("Tsinghua Univ, Beijing", "Peoples R China"));
        assertEquals(CountryResult.of("CN", Method.COUNTRY_NAME, "Peoples R China"),
                RESOLVER.resolve("Tsinghua Univ, Beijing, Peoples R China", null));
        assertEquals(CountryResult.of("US", Method.US_STATE, "MI"),
                RESOLVER.resolve("Univ Michigan, Ann Arbor, MI 48109", null));
        assertEquals(CountryResult.of("KR", Method.CITY, "Seoul"), RESOLVER.resolve("Seoul Natl Univ, Seoul", null));
        assertEquals(CountryResult.of("CA", Method.POSTCODE, "M5S 3G4"),
                RESOLVER.resolve("University of Toronto, M5S 3G4", null));
        assertEquals(CountryResult.of("KR", Method.SCRIPT, "Hangul"), RESOLVER.resolve("고려대학교 공과대학", null));
        assertEquals(CountryResult.of("JP", Method.SCRIPT, "Kana"), RESOLVER.resolve("ソニー株式会社", null));
        assertEquals(Method.INSTITUTION, RESOLVER.resolve("Georgia Institute of Technology", null).method());
        assertEquals("us_state", Method.US_STATE.code());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL | empty
            ''| empty
            '   ' | empty
            N/A | garbage
            n/a | garbage
            '-' | garbage
            none | garbage
            '12345, 678' | garbage
            https://www.example.org/about | garbage
            someone@example.com | garbage
            Department of Computer Science | no_country_evidence
            Regional Medical Center | no_country_evidence
            Institute of Experimental Physics | no_country_evidence
            Korea Japan Joint Laboratory | conflict
            China-Japan Friendship Hospital | conflict
            中山大学 | ambiguous_script
            us | no_country_evidence
            Chad Smith Research Group | no_country_evidence
            Cambridge MA | garbage_not_expected
            """)
    void saysWhyItIsUnknown(String affiliation, String reason) {
        CountryResult r = RESOLVER.resolve(affiliation, null);
        if (reason.equals("garbage_not_expected")) {
            assertFalse(r.reason() == UnknownReason.GARBAGE, r::toString);
            return;
        }
        assertEquals(null, r.code(), r::toString);
        assertEquals(reason, r.reason().code(), r::toString);
    }

    @Test
    void georgiaIsTheUsStateOnlyWithUsEvidence() {
        check("GE", "Tbilisi, Georgia", null);
        check("US", "Atlanta, Georgia", null);
        check("US", "Atlanta, GA 30332", null);
        check("GE", "Georgia", null);
        check("US", "Georgia State University", null);
    }

    @Test
    void ambiguousCitiesTakeTheirFirstCountryUnlessTheStringSaysOtherwise() {
        check("GB", "Cambridge", null);
        check("US", "Cambridge, MA", null);
        check("US", "Cambridge, MA 02139", null);
        check("US", "Harvard University, Cambridge", null);
        check("FR", "Paris", null);
        check("US", "Paris, TX", null);
        check("GB", "London", null);
        check("CA", "London, ON", null);
        check("CA", "London, Ontario, Canada", null);
    }

    @Test
    void aStateAbbreviationRightAfterACityIsTheState() {
        check("US", "Acme Widgets Inc., 4 Main Street, Cambridge MA", null);
        check("US", "Acme Widgets Inc., Chelmsford, MA", null);
        check("US", "Some Robotics Lab, Palo Alto CA", null);
        check("US", "Dept Physics, Oxford OH", null);
        check("CA", "Some Lab, London ON", null);
        // a city of a country that writes its own province codes, or the city's own country code
        check("IT", "Dipartimento di Chimica, Milano MI", null);
        check("DE", "Institut für Informatik, Tech Univ Munich (DE)", null);
        // not after something that is no city
        check(null, "Department of ME", null);
    }

    @Test
    void anIsoCodeEndingTheStringIsTheCountry() {
        check("GB", "School of Music, Some University, Norwich, Norfolk, GB", null);
        check("DK", "Institut for Datalogi, Aarhus, DK", null);
        // where the letters are also a state, the rest of the string decides
        check("DE", "Institut für Weltraumforschung, Berlin, Berlin, DE", null);
        check("CA", "Dept Geography, Somewhere College, Burnaby, BC, CA", null);
        check("US", "Chemistry Dept, Newark, DE", null);
        check("US", "Some Lab, DE", null);
        check("IT", "Dipartimento di Fisica, Pisa, Italy, IT", null);
        // a code that nothing else supports is no country: the same letters are Brazilian and Italian codes
        check(null, "Universidade Federal X, Alegrete, RS", null);
        check("IT", "Some Srl, Via Roma 1, I-70014 Conversano, BA", null);
        check(null, "Weather Centre, Reading, Reading, GB", null);
        check(null, "Lab for IT", null);
        check(null, "GB", null);
    }

    @Test
    void anAmbiguousNameDoesNotSupportItself() {
        check("US", "School of Computing, Some Institute, Atlanta, United States, Atlanta, Georgia, Georgia", null);
        check("US", "Dept Chemistry, Atlanta, Georgia, Georgia", null);
        check("GE", "Ivane Javakhishvili Lab, Tbilisi, Georgia, Georgia", null);
        check("GE", "Georgia, Georgia", null);
    }

    @Test
    void aPlaceInsideAListedInstitutionNameIsNoEvidence() {
        check("NZ", "Dept of Geography, University of Canterbury", null);
        check("NZ", "Univ Canterbury, Sch Math", null);
        check("GB", "Canterbury Christ Church University", null);
        check("GB", "Some Hospital, Canterbury", null);
        // the rules that already held
        check("US", "Dept Biology, Saint Louis University", null);
        check("US", "Dept Linguistics, University of Texas at Austin", null);
        check("FR", "LORIA, Université de Lorraine, Nancy", null);
        check("GB", "School of Ocean Sciences, Bangor University, Wales", null);
        check("AU", "School of Physics, University of New South Wales", null);
    }

    /** {@link Territories}: a territory with its own ISO code is reported under it, whatever else names it. */
    @ParameterizedTest(name = "{1} / {2} -> {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            HK | Dept Physics, Hong Kong | NULL
            HK | Some Lab, Kowloon | NULL
            HK | Some Lab, Kowloon, Hong Kong, Peoples R China | NULL
            HK | Some Lab, Hong Kong | Peoples R China
            HK | Some Lab | HK
            MO | Dept Mathematics, Some University, Macau | NULL
            MO | Some Institute, Macao, China | NULL
            PR | Some Lab, San Juan, Puerto Rico | NULL
            PR | Some College, Bayamon, PR 00961 | NULL
            PR | Some College, Ponce, PR 00716, USA | NULL
            PR | Some College, Gurabo, PR USA | NULL
            PR | Some College, Mayaguez, PR 00681 | USA
            PR | University of Puerto Rico, United States | NULL
            GU | Marine Lab, Guam | NULL
            GU | Some College, Mangilao, GU 96923 | NULL
            VI | Some College, St Thomas, VI 00802 | NULL
            RE | Laboratoire X, La Réunion | NULL
            RE | Laboratoire X, Saint-Denis, Réunion | NULL
            RE | Laboratoire X, Université de La Réunion, Saint-Denis | NULL
            RE | Laboratoire X, Saint-Denis, La Réunion, France | NULL
            RE | Laboratoire X, Saint-Denis, Reunion | France
            FR | Laboratoire X, Saint-Denis | NULL
            GF | Laboratoire X, Cayenne | NULL
            NC | Laboratoire X, Nouméa, Nouvelle-Calédonie | NULL
            PF | Laboratoire X, Papeete, Tahiti | NULL
            MP | Some College, Saipan | NULL
            FR | Université Paris VI | NULL
            """)
    void territoriesKeepTheirOwnCode(String expected, String affiliation, String raw) {
        check(expected, affiliation, raw);
    }

    @Test
    void upperCaseAbbreviationsCountOnlyInAddressSlots() {
        check(null, "Department of Medicine, IN press", null);
        check(null, "Instituto de Física, DE 12", null);
        // alone in its segment a capital abbreviation is the state, even where an ISO code was meant
        check("US", "Univ Delaware, Newark, DE", null);
        check("US", "Indiana Univ, Bloomington, IN 47405", null);
        check("US", "Oregon State Univ, Corvallis, OR, USA", null);
        check(null, "Corvallis, or", null);
    }

    @Test
    void aLoneAbbreviationYieldsToACityOfAnotherCountry() {
        check("IT", "Univ Milan, Dipartimento Informat, I-20133 Milan, MI", null);
        check("IT", "Politecnico di Milano, Milan, MI", null);
        check("CO", "Univ Nacl Colombia, Bogota, DC", null);
        check("US", "Rutgers State Univ, New Brunswick, NJ", null);
        check("US", "Atlanta, GA", null);
    }

    @Test
    void postcodesWithACountryPrefixOrAfterACapitalisedAbbreviation() {
        check("DE", "Berg Univ, D-42119 Wuppertal", null);
        check("CH", "Inst Informat, CH-8092 Zurich", null);
        check("AU", "Univ Queensland, St Lucia, Qld 4072", null);
        check("AU", "Melbourne Ctr Nanofabricat, Clayton, Vic 3168", null);
        check(null, "INRAE, US 1426 GeT-PlaGe, F", null);
        check("TR", "Istanbul Univ, İstanbul/Turkey", null);
    }

    @Test
    void everyIsoCountryIsInTheTable() {
        PlaceTable table = PlaceTable.load();
        for (String code : java.util.Locale.getISOCountries()) {
            assertTrue(table.isIsoCode(code), code);
        }
        assertTrue(table.isIsoCode("XK"));
        assertEquals(250, table.isoCodes().size());
    }

    @Test
    void tenThousandRandomCharactersAreGarbageAndFast() {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.appendCodePoint(rnd.nextInt(0x3000) + 0x20);
        }
        String s = sb.toString();
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> {
            CountryResult r = RESOLVER.resolve(s, null);
            assertEquals(UnknownReason.GARBAGE, r.reason());
        });
    }

    @Test
    void randomShortStringsNeverThrow() {
        Random rnd = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(rnd.nextInt(4) == 0 ? ",; ()&.-'".charAt(rnd.nextInt(9)) : rnd.nextInt(0xD000) + 0x20);
            }
            RESOLVER.resolve(sb.toString(), sb.length() > 3 ? sb.substring(0, 3) : null);
        }
    }
}
