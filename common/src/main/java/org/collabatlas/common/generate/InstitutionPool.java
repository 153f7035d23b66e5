package org.collabatlas.common.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.affiliation.gazetteer.Name;

/**
 * The institutions of each country and how often authors are drawn from them.
 *
 * <ul>
 *   <li>Known institutions: the active institutions of the gazetteer in the country (the shipped default, or a ROR
 *   dump), education and facility types first, each group in a fixed pseudo-random order (a hash of the ROR id),
 *   drawn Zipf-like (weight 1 / rank^{@value #ZIPF}): a few institutions produce most papers, as in the study.</li>
 *   <li>Invented institutions ({@value #INVENTED} a country, names made from the country's research cities in
 *   cities.tsv, no ROR id in the ground truth): the long tail no gazetteer holds. An author is at one with
 *   probability {@value #UNKNOWN_SHARE} where the gazetteer knows the country, always where it does not. An invented
 *   name equal to a name of a gazetteer institution of the same country becomes that institution.</li>
 * </ul>
 */
public final class InstitutionPool implements Serializable {
    private static final long serialVersionUID = 1L;
    static final double ZIPF = 1.0;
    static final int INVENTED = 12;
    static final double UNKNOWN_SHARE = 0.2;
    private static final Set<String> NATIVE_LANGS = Set.of("zh", "ja", "ko");
    private static final String[] PATTERNS = {
        "%s University", "University of %s", "%s Institute of Technology", "%s University of Science and Technology",
        "%s Normal University", "%s Polytechnic University", "%s Research Institute of Information Technology",
        "%s University of Engineering", "%s College of Computing", "Institute of Advanced Computing, %s",
        "%s University of Posts and Telecommunications", "%s Technical University"
    };

    private final Map<String, List<SyntheticInstitution>> known = new HashMap<>();
    private final Map<String, Discrete> knownWeights = new HashMap<>();
    private final Map<String, List<SyntheticInstitution>> invented = new HashMap<>();

    /** A pool over the gazetteer's institutions for the countries of {@code countries}. */
    public InstitutionPool(Gazetteer gazetteer, CountryCalibration countries) {
        Map<String, List<String>> cities = cities();
        for (String code : countries.codes()) {
            List<Institution> list = new ArrayList<>(gazetteer.byCountry(code));
            list.sort(Comparator.comparing((Institution i) -> typeRank(i))
                    .thenComparing(i -> Long.hashCode(mix(i.id().hashCode())))
                    .thenComparing(Institution::id));
            List<SyntheticInstitution> k = new ArrayList<>();
            for (Institution i : list) {
                k.add(of(i));
            }
            if (!k.isEmpty()) {
                known.put(code, k);
                knownWeights.put(code, Discrete.zipf(k.size(), ZIPF));
            }
            boolean hasCities = cities.containsKey(code);
            List<String> places = hasCities ? cities.get(code) : List.of(countries.name(code));
            List<SyntheticInstitution> inv = new ArrayList<>();
            for (int j = 0; j < INVENTED; j++) {
                String place = places.get(j % places.size());
                String name = String.format(PATTERNS[(j + code.charAt(0)) % PATTERNS.length], place);
                Institution real = gazetteer.byName(name).stream().filter(i -> code.equals(i.countryCode()))
                        .findFirst().orElse(null);
                inv.add(real != null ? of(real) : new SyntheticInstitution(null, code,
                        hasCities ? place : null, List.of(name), List.of(), List.of()));
            }
            invented.put(code, inv);
        }
    }

    private static int typeRank(Institution i) {
        return i.types().contains("education") ? 0 : i.types().contains("facility") ? 1 : 2;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static SyntheticInstitution of(Institution i) {
        List<String> names = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        List<String> natives = new ArrayList<>();
        names.add(i.displayName());
        for (Name n : i.names()) {
            if (n.type() == Name.Type.ACRONYM) {
                acronyms.add(n.value());
            } else if (n.lang() != null && NATIVE_LANGS.contains(n.lang())) {
                natives.add(n.value());
            } else if (n.type() != Name.Type.DISPLAY && (n.lang() == null || n.lang().equals("en"))
                    && isLatin(n.value()) && !names.contains(n.value())) {
                names.add(n.value());
            }
        }
        return new SyntheticInstitution(i.id(), i.countryCode(), i.city(), List.copyOf(names), List.copyOf(acronyms),
                List.copyOf(natives));
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(ch -> ch < 0x250 || Character.isWhitespace(ch));
    }

    /** An institution of {@code country}, drawn as the class documentation says. */
    public SyntheticInstitution draw(String country, SplittableRandom r) {
        List<SyntheticInstitution> k = known.get(country);
        if (k == null || r.nextDouble() < UNKNOWN_SHARE) {
            List<SyntheticInstitution> inv = invented.get(country);
            return inv.get(r.nextInt(inv.size()));
        }
        return k.get(knownWeights.get(country).sample(r));
    }

    /** Gazetteer institutions of a country (0 when the gazetteer has none there). */
    public int knownCount(String country) {
        List<SyntheticInstitution> k = known.get(country);
        return k == null ? 0 : k.size();
    }

    /** Research cities per country from the country rules' city table (cities also claimed elsewhere left out). */
    static Map<String, List<String>> cities() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String resource = "/org/collabatlas/affiliation/cities.tsv";
        try (InputStream in = InstitutionPool.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2 || (f.length > 2 && !f[2].isBlank()) || !isLatin(f[1])) {
                    continue;
                }
                out.computeIfAbsent(f[0].strip(), c -> new ArrayList<>()).add(f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
