package org.collabatlas.common.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country model of the generator, calibrated to the reference study.
 *
 * <p><b>Targets.</b> For each of the about 245 countries and regions c: {@code P_c}, its papers per corpus paper
 * (full counting: papers with at least one author in c, divided by the corpus size) and {@code R_c}, its
 * international co-authorship ratio. The 30 Asian and Pacific countries take both from the study's table
 * ({@code asia-country-table.csv}, papers / 1,772,843). The rest of the world is an assumption
 * ({@link #REST_OF_WORLD}: rough ICT output of the larger countries, then a Zipf tail over every other ISO 3166
 * code), scaled so that the whole corpus has 19.1% international papers.
 *
 * <p><b>Paper model.</b> A paper has a lead country l (drawn with weight {@code lead_c}); it is international with
 * probability {@code q_l}; an international paper adds K partner countries (K = 1, 2, 3, 4 with probabilities
 * {@link #PARTNERS}; mean countries per international paper m = 2.295), drawn without repetition with weights
 * {@code partner_c}. Then, per paper: domestic papers of c = lead_c (1 - q_c) = (1 - R_c) P_c; international
 * appearances A_c = R_c P_c, of which A_c / m as lead and the rest as partner. So lead_c = (1 - R_c) P_c + A_c / m,
 * q_c = (A_c / m) / lead_c, and the partner weights are fitted (fixed-point iteration on the expected number of
 * partner appearances, which accounts for a country never being its own partner) so that each country's partner
 * appearances come out at A_c (m - 1) / m. The sums over countries then give 1 paper per paper and 19.1% of them
 * international, which is what fixes the scale of the rest of the world.
 */
public final class CountryCalibration implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Papers of the reference study. */
    public static final long STUDY_PAPERS = 1_772_843L;
    /** Share of internationally co-authored papers in the study. */
    public static final double INTERNATIONAL_SHARE = 0.191;
    /** Probability of 1, 2, 3, 4 partner countries on an international paper. */
    static final double[] PARTNERS = {0.78, 0.16, 0.045, 0.015};
    /** Assumed papers (in a corpus of the study's size) and international ratio of the larger non-Asian countries. */
    static final Object[][] REST_OF_WORLD = {
        {"US", 330000, 0.38}, {"DE", 62000, 0.47}, {"GB", 52000, 0.60}, {"CA", 40000, 0.56}, {"FR", 36000, 0.55},
        {"IT", 35000, 0.48}, {"ES", 27000, 0.50}, {"BR", 22000, 0.30}, {"RU", 20000, 0.20}, {"NL", 14000, 0.62},
        {"SE", 12000, 0.62}, {"CH", 12000, 0.70}, {"PL", 12000, 0.30}, {"EG", 11000, 0.55}, {"PT", 9000, 0.50},
        {"GR", 9000, 0.50}, {"FI", 8000, 0.55}, {"BE", 8000, 0.62}, {"AT", 7000, 0.60}, {"NO", 7000, 0.60},
        {"DK", 6000, 0.62}, {"MX", 6000, 0.40}, {"CZ", 5500, 0.45}, {"IE", 5000, 0.60}, {"DZ", 5000, 0.35},
        {"TN", 4500, 0.45}, {"MA", 4500, 0.40}, {"NZ", 4000, 0.62}, {"ZA", 4000, 0.50}, {"RO", 4000, 0.35},
        {"NG", 3500, 0.45}, {"CL", 3000, 0.55}, {"CO", 3000, 0.45}, {"HU", 3000, 0.45}, {"IQ", 3000, 0.45},
        {"AR", 2500, 0.45}, {"JO", 2500, 0.55}, {"QA", 2500, 0.75}, {"UA", 2500, 0.40}, {"SK", 2000, 0.40},
        {"SI", 2000, 0.45}, {"RS", 2000, 0.45}, {"HR", 1500, 0.45}, {"LB", 1500, 0.60}, {"KW", 1200, 0.55},
        {"OM", 1200, 0.55}, {"EC", 1200, 0.50}, {"PE", 1000, 0.50}, {"KE", 800, 0.60}, {"ET", 700, 0.60},
    };
    /** Papers of the first tail country (after REST_OF_WORLD), Zipf exponent and ratio of the tail. */
    static final double TAIL_FIRST = 650;
    static final double TAIL_EXPONENT = 0.75;
    static final double TAIL_RATIO = 0.62;
    /** ISO codes left out: uninhabited territories with no research output. */
    static final Set<String> EXCLUDED = Set.of("AQ", "BV", "HM", "UM");

    private final List<String> codes;
    private final Map<String, String> names;
    private final double[] targetPapers;
    private final double[] targetRatio;
    private final double[] lead;
    private final double[] international;
    private final double[] partner;

    private CountryCalibration(List<String> codes, Map<String, String> names, double[] p, double[] r) {
        this.codes = List.copyOf(codes);
        this.names = Map.copyOf(names);
        this.targetPapers = p;
        this.targetRatio = r;
        int n = codes.size();
        double m = 1 + meanPartners();
        lead = new double[n];
        international = new double[n];
        double[] partnerTarget = new double[n];
        for (int c = 0; c < n; c++) {
            double a = r[c] * p[c];
            lead[c] = (1 - r[c]) * p[c] + a / m;
            international[c] = lead[c] == 0 ? 0 : (a / m) / lead[c];
            partnerTarget[c] = a * (m - 1) / m;
        }
        partner = fitPartners(partnerTarget);
    }

    /** The calibration of the study: the Asian table and the rest-of-world assumption. */
    public static CountryCalibration study() {
        Map<String, double[]> asia = readAsia();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (Map.Entry<String, double[]> e : asia.entrySet()) {
            codes.add(e.getKey());
            targets.add(new double[] {e.getValue()[0] / STUDY_PAPERS, e.getValue()[1]});
        }
        List<String> rest = new ArrayList<>();
        List<double[]> restTargets = new ArrayList<>();
        for (Object[] row : REST_OF_WORLD) {
            rest.add((String) row[0]);
            restTargets.add(new double[] {((Integer) row[1]) / (double) STUDY_PAPERS, (Double) row[2]});
        }
        int rank = 0;
        for (String iso : Locale.getISOCountries()) {
            if (EXCLUDED.contains(iso) || asia.containsKey(iso) || rest.contains(iso)) {
                continue;
            }
            rest.add(iso);
            restTargets.add(new double[] {TAIL_FIRST / Math.pow(++rank, TAIL_EXPONENT) / STUDY_PAPERS, TAIL_RATIO});
        }
        // scale the rest of the world so that the totals give 1 paper per paper, INTERNATIONAL_SHARE of them
        // international: sum of domestic = 1 - I, sum of international appearances = I * m.
        double m = 1 + meanPartners();
        double domesticAsia = 0;
        double appearancesAsia = 0;
        for (double[] t : targets) {
            domesticAsia += (1 - t[1]) * t[0];
            appearancesAsia += t[1] * t[0];
        }
        double needDomestic = 1 - INTERNATIONAL_SHARE - domesticAsia;
        double needAppearances = INTERNATIONAL_SHARE * m - appearancesAsia;
        if (needDomestic <= 0 || needAppearances <= 0) {
            throw new IllegalStateException("the Asian table leaves no room for the rest of the world");
        }
        double restPapers = 0;
        for (double[] t : restTargets) {
            restPapers += t[0];
        }
        double meanRatio = needAppearances / (needDomestic + needAppearances);
        double lo = 1e-3;
        double hi = 1e3;
        for (int it = 0; it < 100; it++) {
            double k = Math.sqrt(lo * hi);
            double mean = 0;
            for (double[] t : restTargets) {
                mean += t[0] / restPapers * odds(t[1], k);
            }
            if (mean < meanRatio) {
                lo = k;
            } else {
                hi = k;
            }
        }
        double k = Math.sqrt(lo * hi);
        double scale = (needDomestic + needAppearances) / restPapers;
        for (int i = 0; i < rest.size(); i++) {
            codes.add(rest.get(i));
            targets.add(new double[] {restTargets.get(i)[0] * scale, odds(restTargets.get(i)[1], k)});
        }
        double[] p = new double[codes.size()];
        double[] r = new double[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            p[i] = targets.get(i)[0];
            r[i] = targets.get(i)[1];
            names.put(codes.get(i), displayName(codes.get(i)));
        }
        return new CountryCalibration(codes, names, p, r);
    }

    /** The ratio {@code r} with its odds multiplied by {@code k}. */
    private static double odds(double r, double k) {
        return k * r / (1 - r + k * r);
    }

    static double meanPartners() {
        double mean = 0;
        for (int i = 0; i < PARTNERS.length; i++) {
            mean += (i + 1) * PARTNERS[i];
        }
        return mean;
    }

    /**
     * Partner weights whose expected partner appearances match {@code target}: a lead l picks each of its k
     * partners from the weights without l (and without the partners already picked), so c's appearances are about
     * sum over l != c of intl_l * E[k] * w_c / (1 - w_l); multiplicative updates until they match.
     */
    private double[] fitPartners(double[] target) {
        int n = target.length;
        double[] w = target.clone();
        normalise(w);
        double kMean = meanPartners();
        for (int it = 0; it < 50; it++) {
            double leadIntl = 0;
            double[] perLead = new double[n];
            for (int l = 0; l < n; l++) {
                perLead[l] = lead[l] * international[l] * kMean / (1 - w[l]);
                leadIntl += perLead[l];
            }
            for (int c = 0; c < n; c++) {
                double expected = w[c] * (leadIntl - perLead[c]);
                if (expected > 0 && target[c] > 0) {
                    w[c] *= target[c] / expected;
                }
            }
            normalise(w);
        }
        return w;
    }

    private static void normalise(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
    }

    private static Map<String, double[]> readAsia() {
        Map<String, double[]> out = new LinkedHashMap<>();
        String resource = "/org/collabatlas/generate/asia-country-table.csv";
        try (InputStream in = CountryCalibration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("country,iso2,papers,international_ratio")) {
                throw new IllegalStateException(resource + ": unexpected header " + header);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The English name written in affiliations (resolvable by the country rules). */
    static String displayName(String code) {
        return switch (code) {
            case "HK" -> "Hong Kong";
            case "MO" -> "Macau";
            case "TW" -> "Taiwan";
            case "KR" -> "South Korea";
            case "KP" -> "North Korea";
            case "TR" -> "Turkey";
            case "IR" -> "Iran";
            case "RU" -> "Russia";
            case "VN" -> "Vietnam";
            case "LA" -> "Laos";
            case "BN" -> "Brunei";
            case "MM" -> "Myanmar";
            case "CD" -> "Democratic Republic of the Congo";
            case "CG" -> "Republic of the Congo";
            case "CI" -> "Ivory Coast";
            case "PS" -> "Palestine";
            case "SY" -> "Syria";
            case "MK" -> "North Macedonia";
            case "CZ" -> "Czech Republic";
            case "VA" -> "Vatican City";
            case "FM" -> "Micronesia";
            case "BO" -> "Bolivia";
            case "VE" -> "Venezuela";
            case "TZ" -> "Tanzania";
            case "MD" -> "Moldova";
            default -> new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        };
    }

    public int size() {
        return codes.size();
    }

    public List<String> codes() {
        return codes;
    }

    public String code(int c) {
        return codes.get(c);
    }

    public String name(String code) {
        return names.get(code);
    }

    public int indexOf(String code) {
        return codes.indexOf(code);
    }

    /** Target papers of country c per corpus paper (full counting). */
    public double targetPapers(int c) {
        return targetPapers[c];
    }

    /** Target international co-authorship ratio of country c. */
    public double targetRatio(int c) {
        return targetRatio[c];
    }

    /** Weights of the lead country (sum 1). */
    public double[] leadWeights() {
        return lead.clone();
    }

    /** Probability that a paper led by c is international. */
    public double international(int c) {
        return international[c];
    }

    /** Weights of partner countries (sum 1). */
    public double[] partnerWeights() {
        return partner.clone();
    }
}
