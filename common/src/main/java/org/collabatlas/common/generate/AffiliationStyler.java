package org.collabatlas.common.generate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes an institution as a messy affiliation string, the way authors and publishers write them. Each feature is
 * drawn independently, with the probability given by its constant:
 * <ul>
 *   <li>a department or laboratory prefix ({@value #DEPARTMENT}), written abbreviated half of the time;</li>
 *   <li>the institution as its display name, another English name, its acronym ({@value #ACRONYM}) or, for
 *   CN, JP, KR, TW, HK and MO institutions with a name in Chinese, Japanese or Korean script, that name
 *   ({@value #NATIVE}); English names abbreviated ({@code Univ.}, {@code Inst.}, {@code Technol.}) with
 *   probability {@value #ABBREVIATE};</li>
 *   <li>the city ({@value #CITY}), with a postcode in the country's format ({@value #POSTCODE});</li>
 *   <li>the country, in one of its usual variants ({@code P.R. China}, {@code Korea (South)}, {@code USA}), left
 *   out with probability {@value #NO_COUNTRY};</li>
 *   <li>noise: upper case ({@value #UPPER}), lower case ({@value #LOWER}), a typo in the institution name
 *   ({@value #TYPO}: two letters swapped or one dropped), commas lost or doubled, a trailing period
 *   ({@value #PUNCTUATION}).</li>
 * </ul>
 */
public final class AffiliationStyler implements Serializable {
    private static final long serialVersionUID = 1L;
    static final double DEPARTMENT = 0.55;
    static final double ACRONYM = 0.08;
    static final double NATIVE = 0.3;
    static final double ABBREVIATE = 0.2;
    static final double CITY = 0.75;
    static final double POSTCODE = 0.35;
    static final double NO_COUNTRY = 0.07;
    static final double UPPER = 0.04;
    static final double LOWER = 0.01;
    static final double TYPO = 0.03;
    static final double PUNCTUATION = 0.05;

    static final List<String> DEPARTMENTS = List.of("Department of Computer Science",
            "Department of Electrical and Computer Engineering", "Department of Electronic Engineering",
            "School of Computer Science and Engineering", "School of Information Science and Technology",
            "College of Computer Science", "Faculty of Engineering", "Graduate School of Information Science",
            "Department of Information and Communication Engineering", "School of Cyber Science and Engineering",
            "State Key Laboratory of Networking and Switching Technology", "Institute of Computing Technology",
            "Department of Physics", "School of Electrical Engineering", "Laboratory for Quantum Information",
            "Department of Mathematics", "School of Software", "Center for Data Science");
    private static final String[][] ABBREVIATIONS = {
        {"University", "Univ."}, {"Institute", "Inst."}, {"Department", "Dept."}, {"Technology", "Technol."},
        {"Laboratory", "Lab."}, {"Science", "Sci."}, {"Engineering", "Eng."}, {"Computer", "Comput."},
        {"Computing", "Comput."}, {"National", "Nat."}, {"Information", "Inf."}, {"Electrical", "Elect."},
        {"Electronic", "Electron."}, {"Communication", "Commun."}, {"Research", "Res."}, {"Center", "Ctr."},
        {"School", "Sch."}, {"Graduate", "Grad."}
    };
    private static final Map<String, List<String>> COUNTRY_VARIANTS = Map.ofEntries(
            Map.entry("CN", List.of("China", "China", "P.R. China", "People's Republic of China", "PR China",
                    "P. R. China")),
            Map.entry("KR", List.of("South Korea", "Korea", "Republic of Korea", "Korea (South)", "Rep. of Korea")),
            Map.entry("US", List.of("USA", "USA", "United States", "U.S.A.", "United States of America")),
            Map.entry("GB", List.of("UK", "United Kingdom", "U.K.", "England")),
            Map.entry("TW", List.of("Taiwan", "Taiwan", "Taiwan, R.O.C.", "Republic of China (Taiwan)")),
            Map.entry("HK", List.of("Hong Kong", "Hong Kong SAR", "Hong Kong, China")),
            Map.entry("MO", List.of("Macau", "Macao", "Macau SAR, China")),
            Map.entry("IR", List.of("Iran", "Islamic Republic of Iran", "I.R. Iran")),
            Map.entry("TR", List.of("Turkey", "Türkiye", "Turkiye")),
            Map.entry("VN", List.of("Vietnam", "Viet Nam")),
            Map.entry("RU", List.of("Russia", "Russian Federation")),
            Map.entry("DE", List.of("Germany", "Deutschland")),
            Map.entry("AE", List.of("United Arab Emirates", "UAE")),
            Map.entry("SA", List.of("Saudi Arabia", "Kingdom of Saudi Arabia", "KSA")),
            Map.entry("JP", List.of("Japan")),
            Map.entry("IN", List.of("India")));

    private final CountryCalibration countries;

    public AffiliationStyler(CountryCalibration countries) {
        this.countries = countries;
    }

    /** One affiliation string for {@code inst}. */
    public String write(SyntheticInstitution inst, SplittableRandom r) {
        String country = inst.country();
        if (!inst.native_().isEmpty() && List.of("CN", "JP", "KR", "TW", "HK", "MO").contains(country)
                && r.nextDouble() < NATIVE) {
            String name = inst.native_().get(r.nextInt(inst.native_().size()));
            return r.nextBoolean() ? name : name + ", " + countryVariant(country, r);
        }
        List<String> parts = new ArrayList<>(4);
        boolean abbreviate = r.nextDouble() < ABBREVIATE;
        if (r.nextDouble() < DEPARTMENT) {
            String d = DEPARTMENTS.get(r.nextInt(DEPARTMENTS.size()));
            parts.add(abbreviate || r.nextDouble() < 0.5 ? abbreviate(d) : d);
        }
        String name;
        if (!inst.acronyms().isEmpty() && r.nextDouble() < ACRONYM) {
            name = inst.acronyms().get(r.nextInt(inst.acronyms().size()));
        } else {
            name = inst.names().size() == 1 || r.nextDouble() < 0.8 ? inst.names().get(0)
                    : inst.names().get(1 + r.nextInt(inst.names().size() - 1));
            if (abbreviate) {
                name = abbreviate(name);
            }
        }
        if (r.nextDouble() < TYPO) {
            name = typo(name, r);
        }
        parts.add(name);
        if (inst.city() != null && r.nextDouble() < CITY && !name.contains(inst.city())) {
            String pc = r.nextDouble() < POSTCODE ? postcode(country, r) : null;
            parts.add(pc == null ? inst.city() : inst.city() + " " + pc);
        }
        if (r.nextDouble() >= NO_COUNTRY) {
            parts.add(countryVariant(country, r));
        }
        String s = String.join(", ", parts);
        double u = r.nextDouble();
        if (u < UPPER) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (u < UPPER + LOWER) {
            s = s.toLowerCase(Locale.ROOT);
        }
        double p = r.nextDouble();
        if (p < PUNCTUATION / 3) {
            s = s.replaceFirst(", ", " ");
        } else if (p < 2 * PUNCTUATION / 3) {
            s = s.replace(", ", " , ");
        } else if (p < PUNCTUATION) {
            s = s + ".";
        }
        return s;
    }

    String countryVariant(String code, SplittableRandom r) {
        List<String> v = COUNTRY_VARIANTS.get(code);
        return v == null ? countries.name(code) : v.get(r.nextInt(v.size()));
    }

    static String abbreviate(String s) {
        String out = s;
        for (String[] a : ABBREVIATIONS) {
            out = out.replace(a[0], a[1]);
        }
        return out;
    }

    /** Two adjacent letters swapped or one letter dropped, inside a word of at least 6 letters. */
    static String typo(String s, SplittableRandom r) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 6) {
                    words.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        if (words.isEmpty()) {
            return s;
        }
        int[] w = words.get(r.nextInt(words.size()));
        int at = w[0] + 1 + r.nextInt(w[1] - w[0] - 2);
        if (r.nextBoolean()) {
            return s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
        }
        return s.substring(0, at) + s.substring(at + 1);
    }

    static String postcode(String country, SplittableRandom r) {
        return switch (country) {
            case "CN", "IN", "SG", "RU", "VN" -> digits(6, r);
            case "JP" -> digits(3, r) + "-" + digits(4, r);
            case "KR", "DE", "FR", "IT", "ES", "US", "TW", "MY", "TH", "ID", "SA", "PK", "FI", "TR" -> digits(5, r);
            case "AU", "AT", "BE", "CH", "DK", "NO", "NZ", "BD", "PH" -> digits(4, r);
            case "GB" -> "SW7 2AZ";
            case "CA" -> "H3A 0G4";
            case "NL" -> digits(4, r) + " AB";
            default -> null;
        };
    }

    private static String digits(int n, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(n);
        sb.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }
}
