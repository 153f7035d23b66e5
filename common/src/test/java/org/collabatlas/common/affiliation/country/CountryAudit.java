package org.collabatlas.common.affiliation.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.SourceRecord;

/**
 * The audited country fixture ({@value #RESOURCE}): affiliation strings of the four sources of {@code ../shared/data}
 * (IEEE Xplore, ACM DL, WoS, Scopus, read by the ingest parsers as the pipeline reads them), each with the country a
 * reader decided by hand. The repository keeps only a key per string, never the string.
 *
 * <ul>
 *   <li>A <em>string</em> is a distinct pair (affiliation, source country field) of an authorship; its key is the
 *   first 16 hex digits of SHA-256 of {@code raw + TAB + rawCountry} (empty when there is no field), UTF-8.</li>
 *   <li>The draw: the strings are grouped by the {@link Method} the resolver used when the fixture was drawn (the
 *   stratum; {@code unknown} for every unknown reason) and ordered inside a stratum by SHA-256 of
 *   {@link #SEED} + TAB + key; the first {@link #PER_STRATUM} of each are taken. Run {@link #main} to print the
 *   draw with the resolver's answer, for labelling.</li>
 * </ul>
 */
final class CountryAudit {
    static final String RESOURCE = "/org/collabatlas/common/affiliation/country/country-audit.tsv";
    static final String SEED = "country-audit-1";
    static final Map<String, Integer> PER_STRATUM = Map.of("raw_country", 40, "country_name", 50, "us_state", 50,
            "province", 40, "postcode", 30, "city", 60, "institution", 40, "script", 40, "unknown", 60);

    /** One distinct affiliation string of the shared data and the first source it was seen in. */
    record Item(String raw, String rawCountry, String source) {
        String key() {
            return CountryAudit.key(raw, rawCountry);
        }
    }

    /** One line of the fixture: key, decided country (null when a reader cannot tell), stratum. */
    record Gold(String key, String country, String stratum) {
    }

    private CountryAudit() {
    }

    static String key(String raw, String rawCountry) {
        return sha256(raw + "\t" + (rawCountry == null ? "" : rawCountry)).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every distinct string of the four sources by key, in source order; skips the test when the data is absent. */
    static Map<String, Item> strings() {
        Map<String, Item> out = new LinkedHashMap<>();
        String[][] sources = {{"ieee-xplore", "ieee-xplore-api"}, {"acm-dl", "acm-dl"}, {"wos", "wos"},
                {"scopus", "scopus"}};
        for (String[] s : sources) {
            Parsed p = Parsed.ofFiles(SourceFormat.fromId(s[1]), SharedData.files(s[0]), YearWindow.ALL);
            for (SourceRecord r : p.records()) {
                for (AuthorRecord a : r.authors()) {
                    for (AffiliationRecord af : a.affiliations()) {
                        Item item = new Item(af.raw(), af.rawCountry(), s[0]);
                        out.putIfAbsent(item.key(), item);
                    }
                }
            }
        }
        return out;
    }

    static String stratum(CountryResult r) {
        return r.method().code();
    }

    /** The seeded stratified draw described in the class comment, stratum by stratum. */
    static List<Item> draw(Map<String, Item> strings, CountryResolver resolver) {
        Map<String, List<Item>> byStratum = new LinkedHashMap<>();
        for (Item i : strings.values()) {
            String stratum = stratum(resolver.resolve(i.raw(), i.rawCountry()));
            byStratum.computeIfAbsent(stratum, k -> new ArrayList<>()).add(i);
        }
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : byStratum.entrySet()) {
            List<Item> items = new ArrayList<>(e.getValue());
            items.sort(Comparator.comparing(i -> sha256(SEED + "\t" + i.key())));
            out.addAll(items.subList(0, Math.min(items.size(), PER_STRATUM.getOrDefault(e.getKey(), 0))));
        }
        return out;
    }

    /** The fixture's lines; a line is {@code key TAB country TAB stratum}, {@code #} starts a comment. */
    static List<Gold> gold() {
        try (InputStream in = CountryAudit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            List<Gold> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[0].length() != 16) {
                    throw new IllegalStateException(RESOURCE + ": expected key<TAB>country<TAB>stratum: " + line);
                }
                out.add(new Gold(f[0], f[1].isEmpty() ? null : f[1], f[2]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the draw for labelling (with the argument {@code all}: every string), one line per string: stratum,
     * key, the resolver's answer and evidence, source, string, country field. Run from the project root with the
     * common module's test classpath.
     */
    public static void main(String[] args) {
        CountryResolver resolver = CountryResolver.create();
        Map<String, Item> strings = strings();
        boolean all = args.length > 0 && args[0].equals("all");
        for (Item i : all ? new ArrayList<>(strings.values()) : draw(strings, resolver)) {
            CountryResult r = resolver.resolve(i.raw(), i.rawCountry());
            System.out.println(String.join("\t", stratum(r), i.key(), String.valueOf(r.code()),
                    String.valueOf(r.evidence()), i.source(), i.raw().replace('\t', ' ').replace('\n', ' '),
                    String.valueOf(i.rawCountry())));
        }
    }
}
