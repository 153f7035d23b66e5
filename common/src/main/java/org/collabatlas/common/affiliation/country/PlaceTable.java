package org.collabatlas.common.affiliation.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The place tables of {@code org/collabatlas/affiliation/*.tsv} on the classpath, loaded into one
 * {@link PhraseTrie}. Each table is {@code CODE <TAB> name [<TAB> flags]} with {@code #} comments; the flags are
 * described in each file's header. A malformed line fails the load with the file and line number.
 */
final class PlaceTable {
    static final String RESOURCE_DIR = "/org/collabatlas/affiliation/";

    private final PhraseTrie trie = new PhraseTrie();
    private final Set<String> isoCodes = new TreeSet<>();

    private PlaceTable() {
    }

    /** Loads the five standard tables. */
    static PlaceTable load() {
        PlaceTable t = new PlaceTable();
        t.read("countries.tsv", Place.Kind.COUNTRY);
        t.read("us-states.tsv", Place.Kind.US_STATE);
        t.read("provinces.tsv", Place.Kind.PROVINCE);
        t.read("cities.tsv", Place.Kind.CITY);
        t.read("institutions.tsv", Place.Kind.INSTITUTION);
        return t;
    }

    PhraseTrie trie() {
        return trie;
    }

    /** The ISO 3166-1 alpha-2 codes that countries.tsv names (XK for Kosovo included). */
    boolean isIsoCode(String code) {
        return isoCodes.contains(code);
    }

    Set<String> isoCodes() {
        return Set.copyOf(isoCodes);
    }

    private void read(String file, Place.Kind kind) {
        String path = RESOURCE_DIR + file;
        try (InputStream in = PlaceTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("place table " + path + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(parse(line, kind, path + ":" + lineNo));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read place table " + path, e);
        }
    }

    private void add(Place p) {
        if (p.kind() == Place.Kind.COUNTRY) {
            isoCodes.add(p.code());
        }
        trie.add(AffiliationText.words(p.name()), p);
    }

    private static Place parse(String line, Place.Kind kind, String where) {
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f.length > 3 || !f[0].matches("[A-Z]{2}") || f[1].isBlank()) {
            throw new IllegalStateException(where + ": expected CODE<TAB>name[<TAB>flags], got: " + line);
        }
        List<String> flags = f.length == 3 && !f[2].isBlank() ? Arrays.asList(f[2].split(",")) : List.of();
        List<String> alternates = List.of();
        for (String flag : flags) {
            if (flag.startsWith("alt=")) {
                alternates = List.of(flag.substring(4).split("\\|"));
            } else if (!Set.of("upper", "located", "abbr", "postcode").contains(flag)) {
                throw new IllegalStateException(where + ": unknown flag '" + flag + "'");
            }
        }
        boolean abbr = flags.contains("abbr");
        boolean postcode = flags.contains("postcode");
        return new Place(f[0], kind, f[1].strip(), flags.contains("upper"),
                flags.contains("located"), abbr, postcode, alternates);
    }
}
