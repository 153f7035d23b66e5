package org.collabatlas.common.affiliation.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shorter forms under which affiliation strings name an organisation whose ROR name carries a qualifier that
 * strings never write. {@link RorDumpReader} adds them to a record as {@link Name.Type#ALIAS} names, so that
 * every index (and the matcher's) finds the record by them. The shipped default table is not changed: its
 * companies carry such forms as hand-added aliases.
 * <ul>
 *   <li><b>Country qualifier</b>: ROR gives organisations with one name in several countries, companies above all,
 *       a trailing country in parentheses ({@code Nokia (Finland)}, {@code Microsoft (United States)},
 *       {@code IBM (Germany)}). A trailing {@code (X)} is dropped when {@code X} is a country name: the record's
 *       own (GeoNames, as the dump gives it) or any of {@link #countryNames()} (English names of the ISO 3166
 *       countries and usual variants: {@code USA}, {@code The Netherlands}, {@code Czech Republic}, ...), compared
 *       by {@link NameKeys#normalise}. Other parentheses stay: an acronym ({@code (CNRS)}), a status
 *       ({@code (Autonomous)}, {@code (Deemed to be University)}) or a city ({@code (Beijing)}, {@code (Oder)}) is
 *       part of the name or tells two institutions of one country apart.</li>
 *   <li><b>Legal form</b>, for records of ROR type {@code company} only: a trailing legal form ({@code Ltd.},
 *       {@code Inc.}, {@code Corporation}, {@code Co., Ltd.}, {@code GmbH}, {@code AG}, {@code S.A.}, {@code Oy},
 *       {@code LLC}, ... see {@link #LEGAL_FORM}) is dropped, with the comma before it, so that {@code IBM Japan}
 *       finds {@code IBM Japan, Ltd. (Japan)}. A name that would be left without a letter keeps its form.</li>
 * </ul>
 * Both are applied until nothing changes ({@code IBM Japan, Ltd. (Japan)} gives {@code IBM Japan, Ltd.} and
 * {@code IBM Japan}); every intermediate form is a variant.
 *
 * <p>A variant is kept only when it is <em>distinctive</em> ({@link #addDistinctive}): one of its words is rare
 * among the dump's names (the company's own name: {@code nokia}, {@code ibm}, {@code holon}). Without its qualifier
 * {@code Science and Technology Corporation (Netherlands)} would become {@code Science and Technology}, and
 * {@code Research!America (United States)} {@code Research America}: names held by one record, which a matcher
 * would take for that record inside {@code University of Science and Technology} or {@code Samsung Research
 * America}. The variants may still name several records (the country subsidiaries of a company all become
 * {@code IBM}): telling them apart by the string's country, or choosing the parent, is the matcher's decision.
 */
final class NameVariants {
    /** A trailing parenthesised part, and the name before it. */
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");
    /**
     * A trailing legal form, with the comma and spaces before it; the abbreviations with or without their dots.
     * Case-sensitive, so that words such as {@code Se} or {@code As} inside a name are not taken for one.
     */
    static final Pattern LEGAL_FORM = Pattern.compile("^(.*?[\\p{L}\\p{N})])[\\s,]+(?:"
            + "Co\\.?,?\\s*Ltd\\.?|Co\\.?|Company|Ltd\\.?|LTD\\.?|Limited|LIMITED|Inc\\.?|INC\\.?|Incorporated"
            + "|Corp\\.?|Corporation|CORPORATION|GmbH|AG|SE|S\\.\\s?A\\.?|SA|S\\.p\\.A\\.?|SpA|S\\.r\\.l\\.?|Srl"
            + "|B\\.V\\.?|BV|N\\.V\\.?|NV|AB|AB \\(publ\\)|Oy|Oyj|A/S|ASA|K\\.K\\.?|KK|LLC|L\\.L\\.C\\.?|LLP|PLC|Plc|plc"
            + "|Pty\\.?|Pty\\.? Ltd\\.?|Pte\\.? Ltd\\.?|Pvt\\.? Ltd\\.?|Private Limited|Sdn\\.? Bhd\\.?|SAS|S\\.A\\.S\\.?"
            + "|SARL|S\\.à r\\.l\\.|KG|GmbH & Co\\.? KG|e\\.\\s?V\\.)\\s*$");
    private static final Set<String> COUNTRY_NAMES = countryNames();
    /**
     * A word is rare when at most this share of the active institutions (and at least {@link #MIN_RARE}) have it
     * in a name: 1/500, about 100 of the 48,746 active records of the partial dump, where {@code microsoft} has 6,
     * {@code samsung} 17 and {@code america} 103, {@code science} 1,635.
     */
    static final double RARE_SHARE = 1.0 / 500;
    /** The least document frequency that is still rare, whatever the size of the dump (a small test dump). */
    static final int MIN_RARE = 20;

    private NameVariants() {
    }

    /**
     * The variants of one name, in the order they are derived, without the name itself and without repeats.
     *
     * @param name        a ROR name (not an acronym)
     * @param countryName the record's country name as the dump gives it, or null
     * @param company     whether the record is of ROR type {@code company} (legal forms are dropped then only)
     */
    static List<String> of(String name, String countryName, boolean company) {
        List<String> out = new ArrayList<>();
        String country = countryName == null ? null : NameKeys.normalise(countryName);
        String cur = name.strip();
        while (true) {
            String next = withoutCountry(cur, country);
            if (next == null && company) {
                next = withoutLegalForm(cur);
            }
            if (next == null || next.equals(cur) || out.contains(next)) {
                return out;
            }
            out.add(next);
            cur = next;
        }
    }

    /**
     * The institutions with their distinctive variants added (a new list; the others as they are).
     *
     * @param institutions the records of a dump, in dump order
     * @param variants     per position in {@code institutions}, the candidate variants of that record's names
     */
    static List<Institution> addDistinctive(List<Institution> institutions, Map<Integer, List<Name>> variants) {
        if (variants.isEmpty()) {
            return institutions;
        }
        Map<String, Integer> df = new HashMap<>();
        int active = 0;
        for (Institution inst : institutions) {
            if (!inst.isCandidate()) {
                continue;
            }
            active++;
            Set<String> words = new HashSet<>();
            for (Name n : inst.names()) {
                if (n.type() != Name.Type.ACRONYM) {
                    words.addAll(NameKeys.tokens(n.value()));
                }
            }
            words.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int rare = Math.max(MIN_RARE, (int) (RARE_SHARE * active));
        List<Institution> out = new ArrayList<>(institutions);
        variants.forEach((pos, names) -> {
            List<Name> kept = new ArrayList<>();
            for (Name v : names) {
                if (NameKeys.tokens(v.value()).stream().anyMatch(w -> df.getOrDefault(w, 0) <= rare)) {
                    kept.add(v);
                }
            }
            if (!kept.isEmpty()) {
                Institution i = out.get(pos);
                List<Name> all = new ArrayList<>(i.names());
                all.addAll(kept);
                out.set(pos, new Institution(i.id(), i.displayName(), all, i.countryCode(), i.city(), i.types(),
                        i.status(), i.parentIds(), i.childIds(), i.established(), i.domains()));
            }
        });
        return out;
    }

    /** The name without its trailing {@code (Country)}, or null when it has none. */
    static String withoutCountry(String name, String normalisedRecordCountry) {
        Matcher m = TRAILING_PARENTHESES.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String q = NameKeys.normalise(m.group(2));
        boolean country = q.equals(normalisedRecordCountry) || COUNTRY_NAMES.contains(q);
        return country && hasLetter(m.group(1)) ? m.group(1) : null;
    }

    /** The name without its trailing legal form, or null when it has none. */
    static String withoutLegalForm(String name) {
        Matcher m = LEGAL_FORM.matcher(name);
        return m.matches() && hasLetter(m.group(1)) ? m.group(1) : null;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Normalised country names: the English names of every ISO 3166 country (from the JDK's locale data) and the
     * usual other forms that ROR's qualifiers and GeoNames use.
     */
    static Set<String> countryNames() {
        Set<String> out = new HashSet<>();
        for (String cc : Locale.getISOCountries()) {
            out.add(NameKeys.normalise(new Locale("", cc).getDisplayCountry(Locale.ENGLISH)));
        }
        for (String extra : new String[] {"United States of America", "USA", "U.S.", "U.S.A.", "US", "UK",
            "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "The Netherlands", "Netherlands",
            "Turkey", "Türkiye", "Czech Republic", "Czechia", "Korea", "Republic of Korea", "South Korea",
            "North Korea", "Hong Kong", "Macau", "Macao", "Taiwan", "Russia", "Russian Federation", "Vietnam",
            "Viet Nam", "Iran", "Syria", "Laos", "Brunei", "Ivory Coast", "Côte d'Ivoire", "Myanmar", "Burma",
            "Palestine", "Congo", "Democratic Republic of the Congo", "Republic of the Congo", "Eswatini",
            "Swaziland", "North Macedonia", "Macedonia", "Cape Verde", "Cabo Verde", "Timor-Leste", "East Timor",
            "Vatican", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Micronesia", "Bosnia and Herzegovina",
            "Trinidad and Tobago", "Saint Lucia", "Sao Tome and Principe", "Puerto Rico", "Réunion", "Curaçao"}) {
            out.add(NameKeys.normalise(extra));
        }
        return Set.copyOf(out);
    }
}
