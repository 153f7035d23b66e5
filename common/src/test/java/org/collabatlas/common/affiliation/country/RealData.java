package org.collabatlas.common.affiliation.country;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.collabatlas.common.ingest.CsvReader;
import org.collabatlas.common.ingest.Delimited;
import org.collabatlas.common.ingest.SharedData;

/**
 * Gold sets built from {@code ../shared/data} for the real-data tests and the benchmark, read here independently
 * of the ingest parsers (only the split of a WoS C1 field into addresses is ingest's, which the resolver under test
 * does not depend on). Each loader skips the calling test (with a printed reason) when the data is absent.
 */
final class RealData {
    /** A WoS C1 address and the country of its last segment, mapped by {@link #WOS_COUNTRY}. */
    record Address(String text, String countrySegment, String gold) {
    }

    /** A publisher affiliation string and the country of its gold ROR organisation. */
    record Labelled(String affiliation, String gold) {
    }

    /**
     * The Web of Science spellings of the countries that occur in the shared export, written by hand (not taken
     * from the resolver's tables). Hong Kong and Macau are written {@code ..., Hong Kong, Peoples R China}: see
     * {@link #wosAddresses()}.
     */
    static final Map<String, String> WOS_COUNTRY = Map.ofEntries(
            Map.entry("USA", "US"), Map.entry("Peoples R China", "CN"), Map.entry("South Korea", "KR"),
            Map.entry("Italy", "IT"), Map.entry("Japan", "JP"), Map.entry("Spain", "ES"),
            Map.entry("Germany", "DE"), Map.entry("India", "IN"), Map.entry("Taiwan", "TW"),
            Map.entry("Canada", "CA"), Map.entry("France", "FR"), Map.entry("England", "GB"),
            Map.entry("Portugal", "PT"), Map.entry("Australia", "AU"), Map.entry("Switzerland", "CH"),
            Map.entry("Belgium", "BE"), Map.entry("Netherlands", "NL"), Map.entry("Poland", "PL"),
            Map.entry("Malaysia", "MY"), Map.entry("Brazil", "BR"), Map.entry("Finland", "FI"),
            Map.entry("Sweden", "SE"), Map.entry("Saudi Arabia", "SA"), Map.entry("Austria", "AT"),
            Map.entry("Turkey", "TR"), Map.entry("Turkiye", "TR"), Map.entry("Greece", "GR"),
            Map.entry("Ireland", "IE"), Map.entry("Indonesia", "ID"), Map.entry("Egypt", "EG"),
            Map.entry("Mexico", "MX"), Map.entry("Norway", "NO"), Map.entry("Romania", "RO"),
            Map.entry("Singapore", "SG"), Map.entry("Czech Republic", "CZ"), Map.entry("Pakistan", "PK"),
            Map.entry("Denmark", "DK"), Map.entry("Colombia", "CO"), Map.entry("Scotland", "GB"),
            Map.entry("Russia", "RU"), Map.entry("Vietnam", "VN"), Map.entry("Qatar", "QA"),
            Map.entry("Slovenia", "SI"), Map.entry("Thailand", "TH"), Map.entry("Iran", "IR"),
            Map.entry("Ukraine", "UA"), Map.entry("Serbia", "RS"), Map.entry("South Africa", "ZA"),
            Map.entry("Philippines", "PH"), Map.entry("Slovakia", "SK"), Map.entry("Bangladesh", "BD"),
            Map.entry("Ecuador", "EC"), Map.entry("Chile", "CL"), Map.entry("Bulgaria", "BG"),
            Map.entry("U Arab Emirates", "AE"), Map.entry("Sri Lanka", "LK"), Map.entry("Morocco", "MA"),
            Map.entry("Croatia", "HR"), Map.entry("Israel", "IL"), Map.entry("Luxembourg", "LU"),
            Map.entry("New Zealand", "NZ"), Map.entry("Latvia", "LV"), Map.entry("Wales", "GB"),
            Map.entry("Costa Rica", "CR"), Map.entry("Algeria", "DZ"), Map.entry("Peru", "PE"),
            Map.entry("North Ireland", "GB"), Map.entry("Hungary", "HU"), Map.entry("Liechtenstein", "LI"),
            Map.entry("Iraq", "IQ"), Map.entry("Argentina", "AR"), Map.entry("Zambia", "ZM"),
            Map.entry("Ghana", "GH"), Map.entry("Jordan", "JO"), Map.entry("Lithuania", "LT"),
            Map.entry("Cyprus", "CY"), Map.entry("Tunisia", "TN"), Map.entry("Montenegro", "ME"),
            Map.entry("Oman", "OM"), Map.entry("Uruguay", "UY"), Map.entry("Kazakhstan", "KZ"),
            Map.entry("Bosnia & Herceg", "BA"), Map.entry("Senegal", "SN"), Map.entry("Lebanon", "LB"),
            Map.entry("Fiji", "FJ"), Map.entry("Panama", "PA"), Map.entry("Venezuela", "VE"),
            Map.entry("North Macedonia", "MK"), Map.entry("Macedonia", "MK"), Map.entry("Cuba", "CU"),
            Map.entry("Kuwait", "KW"), Map.entry("Botswana", "BW"), Map.entry("Guatemala", "GT"),
            Map.entry("San Marino", "SM"), Map.entry("Ethiopia", "ET"), Map.entry("Palestine", "PS"),
            Map.entry("Libya", "LY"), Map.entry("Rwanda", "RW"), Map.entry("Nigeria", "NG"),
            Map.entry("Cambodia", "KH"), Map.entry("Andorra", "AD"), Map.entry("Kenya", "KE"),
            Map.entry("Tanzania", "TZ"), Map.entry("Paraguay", "PY"), Map.entry("Yemen", "YE"));

    private RealData() {
    }

    /**
     * Every C1 address of the WoS export (the C1 column split on {@code "; "} outside brackets by
     * {@link Delimited#splitOutsideBrackets}, as ingest splits it, each part stripped, the {@code [authors]} prefix
     * and a final {@code .} removed) whose last segment is in {@link #WOS_COUNTRY}. A
     * last segment ending in {@code USA} ({@code CA 94305 USA}) is {@code USA}. Gold is that country, except
     * that a Chinese address whose second-to-last segment starts with {@code Hong Kong} / {@code Macau} or
     * {@code Macao} ({@code Macau 999078}) is HK / MO, a US address in Puerto Rico ({@code PR 00931 USA}) PR and
     * a French one whose second-to-last segment is {@code Reunion} RE: the territory convention of
     * {@link Territories}.
     */
    static List<Address> wosAddresses() {
        List<Address> out = new ArrayList<>();
        for (Path file : SharedData.files("wos")) {
            List<String> lines = read(file);
            String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
            int c1 = List.of(header).indexOf("C1");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (c1 < f.length && !f[c1].isBlank()) {
                    for (String part : Delimited.splitOutsideBrackets(f[c1])) {
                        Address a = address(part);
                        if (a != null) {
                            out.add(a);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Address address(String part) {
        String text = part.strip().replaceFirst("^\\[[^\\]]*\\]\\s*", "").strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        int comma = text.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String last = text.substring(comma + 1).strip();
        String country = last.endsWith(" USA") || last.equals("USA") ? "USA" : last;
        String gold = WOS_COUNTRY.get(country);
        if (gold == null) {
            return null;
        }
        if (gold.equals("US") && last.matches("PR\\b.*")) {
            gold = "PR";
        }
        if (gold.equals("FR") && text.substring(0, comma).matches("(?s).*, (La )?Reunion")) {
            gold = "RE";
        }
        if (gold.equals("CN")) {
            String before = text.substring(0, comma);
            String city = before.substring(before.lastIndexOf(',') + 1).strip();
            gold = city.startsWith("Hong Kong") ? "HK" : city.startsWith("Maca") ? "MO" : gold;
        }
        return new Address(text, country, gold);
    }

    /** The address without its country: the last segment, or just the word {@code USA} after a state and ZIP. */
    static String withoutCountry(Address a) {
        String t = a.text();
        if (t.endsWith(" USA") && !t.endsWith(", USA")) {
            return t.substring(0, t.length() - 4);
        }
        return t.substring(0, t.lastIndexOf(','));
    }

    /**
     * The crossref development pairs whose gold ROR organisation(s) are in the partial ROR dump and all lie in
     * one country ({@code locations[0].geonames_details.country_code}); the rest are counted in
     * {@code uncovered[0]}.
     */
    static List<Labelled> crossref(int[] uncovered) {
        Map<String, String> country = rorCountries();
        List<Labelled> out = new ArrayList<>();
        Path csv = SharedData.dir("affiliations").resolve("crossref-train.csv");
        try (InputStream in = Files.newInputStream(csv)) {
            CsvReader r = new CsvReader(in, 1 << 20);
            r.next();
            for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
                String gold = goldCountry(row.fields().get(1), country);
                if (gold == null) {
                    uncovered[0]++;
                } else {
                    out.add(new Labelled(row.fields().get(0), gold));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String goldCountry(String rorIds, Map<String, String> country) {
        String gold = null;
        for (String id : rorIds.split(";")) {
            String c = country.get(id.strip());
            if (c == null || (gold != null && !gold.equals(c))) {
                return null;
            }
            gold = c;
        }
        return gold;
    }

    /** ROR id -> country code of its first location, streamed from the gzipped v2 dump. */
    static Map<String, String> rorCountries() {
        Path gz = SharedData.dir("ror").resolve("ror-v2-partial.json.gz");
        Map<String, String> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
             JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException(gz + ": not a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String cc = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("id")) {
                        id = p.getText();
                    } else if (name.equals("locations")) {
                        cc = firstCountryCode(p);
                    } else {
                        p.skipChildren();
                    }
                }
                if (id != null && cc != null) {
                    out.put(id, cc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** At the START_ARRAY of {@code locations}: the first {@code geonames_details.country_code}. */
    private static String firstCountryCode(JsonParser p) throws IOException {
        String cc = null;
        int depth = 0;
        do {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                depth++;
            } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                depth--;
            } else if (t == JsonToken.FIELD_NAME && cc == null && p.currentName().equals("country_code")) {
                p.nextToken();
                cc = p.getText();
            }
            if (depth > 0) {
                p.nextToken();
            }
        } while (depth > 0);
        return cc;
    }

    private static List<String> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
