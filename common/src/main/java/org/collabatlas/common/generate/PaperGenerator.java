package org.collabatlas.common.generate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.ingest.SourceFormat;

/**
 * Generates paper {@code i} of a corpus from (seed, i) alone: a {@link SplittableRandom} seeded by a hash of both,
 * so a paper is the same however the index range is split over tasks.
 *
 * <p>Model (every constant below; the country model in {@link CountryCalibration}):
 * <ul>
 *   <li>year 2016-2022, weight 1.08^(year - 2016) (output growing 8% a year);</li>
 *   <li>a primary category by {@link Category#share()}, a second one with probability {@value #SECOND_CATEGORY};</li>
 *   <li>lead country, international or not, partner countries: {@link CountryCalibration};</li>
 *   <li>authors per paper from {@link #AUTHORS} (mean about 4.3), at least one per country; the first author is
 *   in the lead country, every partner country has one author, the others are in the lead country with
 *   probability {@value #LEAD_FILL}, else in a partner country;</li>
 *   <li>authors of one country share the paper's institution there with probability {@value #SAME_INSTITUTION},
 *   else draw their own ({@link InstitutionPool}); an IEEE author has a second affiliation (another institution
 *   of the same country, so a domestic paper stays domestic) with probability {@value #SECOND_AFFILIATION};</li>
 *   <li>affiliation strings: {@link AffiliationStyler}.</li>
 * </ul>
 */
public final class PaperGenerator implements Serializable {
    private static final long serialVersionUID = 1L;
    static final double SECOND_CATEGORY = 0.25;
    static final double LEAD_FILL = 0.6;
    static final double SAME_INSTITUTION = 0.7;
    static final double SECOND_AFFILIATION = 0.08;
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2022;
    /** Probability of 1, 2, ... authors (index 0 = 1 author). */
    static final double[] AUTHORS = {0.06, 0.15, 0.22, 0.20, 0.14, 0.09, 0.05, 0.03, 0.02, 0.015, 0.01, 0.008,
        0.0, 0.0, 0.005, 0.0, 0.0, 0.0, 0.0, 0.002};

    private final CorpusSpec spec;
    private final CountryCalibration countries;
    private final InstitutionPool institutions;
    private final AffiliationStyler styler;
    private final Discrete years;
    private final Discrete categories;
    private final Discrete leads;
    private final Discrete partners;
    private final Discrete partnerCount;
    private final Discrete authorCount;

    public PaperGenerator(CorpusSpec spec, Gazetteer gazetteer) {
        this(spec, CountryCalibration.study(), gazetteer);
    }

    public PaperGenerator(CorpusSpec spec, CountryCalibration countries, Gazetteer gazetteer) {
        this.spec = spec;
        this.countries = countries;
        this.institutions = new InstitutionPool(gazetteer, countries);
        this.styler = new AffiliationStyler(countries);
        double[] y = new double[LAST_YEAR - FIRST_YEAR + 1];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.pow(1.08, i);
        }
        years = new Discrete(y);
        double[] c = new double[Category.values().length];
        for (Category cat : Category.values()) {
            c[cat.ordinal()] = cat.share();
        }
        categories = new Discrete(c);
        leads = new Discrete(countries.leadWeights());
        partners = new Discrete(countries.partnerWeights());
        partnerCount = new Discrete(CountryCalibration.PARTNERS);
        authorCount = new Discrete(AUTHORS);
    }

    public CorpusSpec spec() {
        return spec;
    }

    public CountryCalibration countries() {
        return countries;
    }

    /** The random stream of paper {@code index}: SplitMix64 of the seed and the index. */
    static SplittableRandom random(long seed, long index) {
        return new SplittableRandom(mix(mix(seed) + index * 0x9E3779B97F4A7C15L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public SyntheticPaper generate(long index) {
        SplittableRandom r = random(spec.seed(), index);
        int year = FIRST_YEAR + years.sample(r);
        List<Category> cats = new ArrayList<>(2);
        cats.add(Category.values()[categories.sample(r)]);
        if (r.nextDouble() < SECOND_CATEGORY) {
            Category second = Category.values()[categories.sample(r)];
            if (second != cats.get(0)) {
                cats.add(second);
            }
        }
        boolean ieee;
        boolean acm;
        if (spec.writes(SourceFormat.IEEE_XPLORE_API) && spec.writes(SourceFormat.ACM_DL)) {
            double u = r.nextDouble();
            ieee = u >= spec.duplicateShare() + spec.acmShare() || u < spec.duplicateShare();
            acm = u < spec.duplicateShare() + spec.acmShare();
        } else {
            ieee = spec.writes(SourceFormat.IEEE_XPLORE_API);
            acm = !ieee;
        }

        int lead = leads.sample(r);
        LinkedHashSet<Integer> paperCountries = new LinkedHashSet<>();
        paperCountries.add(lead);
        if (r.nextDouble() < countries.international(lead)) {
            int k = 1 + partnerCount.sample(r);
            for (int attempt = 0; paperCountries.size() < k + 1 && attempt < 100; attempt++) {
                paperCountries.add(partners.sample(r));
            }
        }
        List<Integer> cs = new ArrayList<>(paperCountries);
        int n = Math.max(1 + authorCount.sample(r), cs.size());
        int[] authorCountry = new int[n];
        for (int i = 0; i < n; i++) {
            authorCountry[i] = i < cs.size() ? cs.get(i)
                    : r.nextDouble() < LEAD_FILL || cs.size() == 1 ? lead : cs.get(1 + r.nextInt(cs.size() - 1));
        }
        for (int i = n - 1; i > 1; i--) { // shuffle positions 2..n, the first author stays in the lead country
            int j = 1 + r.nextInt(i);
            int t = authorCountry[i];
            authorCountry[i] = authorCountry[j];
            authorCountry[j] = t;
        }
        Map<Integer, SyntheticInstitution> home = new HashMap<>();
        List<SyntheticPaper.Author> authors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String country = countries.code(authorCountry[i]);
            SyntheticInstitution inst = home.get(authorCountry[i]);
            if (inst == null || r.nextDouble() >= SAME_INSTITUTION) {
                inst = institutions.draw(country, r);
                home.putIfAbsent(authorCountry[i], inst);
            }
            List<SyntheticPaper.Affiliation> affs = new ArrayList<>(2);
            affs.add(new SyntheticPaper.Affiliation(styler.write(inst, r), inst.rorId(), country, inst.key()));
            if (ieee && r.nextDouble() < SECOND_AFFILIATION) {
                SyntheticInstitution other = institutions.draw(country, r);
                String text = styler.write(other, r);
                if (!text.equals(affs.get(0).text())) { // a source lists one string once per author
                    affs.add(new SyntheticPaper.Affiliation(text, other.rorId(), country, other.key()));
                }
            }
            long key = mix(((inst.rorId() == null ? inst.names().get(0) : inst.rorId()).hashCode() * 1000L)
                    + r.nextInt(400));
            authors.add(new SyntheticPaper.Author(i + 1, AuthorNames.name(country, key),
                    37_000_000_000L + Math.floorMod(key, 1_000_000_000L), List.copyOf(affs)));
        }

        List<String> ieeeTerms = new ArrayList<>();
        List<String> authorTerms = new ArrayList<>();
        for (int c = 0; c < cats.size(); c++) {
            Category cat = cats.get(c);
            pick(cat.ieeeTerms(), c == 0 ? 2 + r.nextInt(3) : 1 + r.nextInt(2), r, ieeeTerms);
            pick(cat.authorTerms(), c == 0 ? 2 + r.nextInt(3) : 1, r, authorTerms);
        }
        pick(Category.GENERIC_TERMS, r.nextInt(3), r, ieeeTerms);
        String venue = cats.get(0).venues().get(r.nextInt(cats.get(0).venues().size()));
        boolean journal = venue.contains("Transactions") || venue.contains("Journal");
        String title = title(authorTerms, r);
        String doi = ieee ? "10.1109/SYN." + year + "." + index : "10.1145/3" + (1_000_000 + index);
        List<String> countryCodes = cs.stream().map(countries::code).toList();
        return new SyntheticPaper(index, doi, title, year, venue, journal, ieee, acm, List.copyOf(cats),
                List.copyOf(ieeeTerms), List.copyOf(authorTerms), List.copyOf(authors), countryCodes);
    }

    private static void pick(List<String> from, int k, SplittableRandom r, List<String> into) {
        for (int attempt = 0, added = 0; added < k && attempt < 4 * k; attempt++) {
            String t = from.get(r.nextInt(from.size()));
            if (!into.contains(t)) {
                into.add(t);
                added++;
            }
        }
    }

    private static final String[] TITLES = {
        "%s for %s: A Practical Approach", "Towards Efficient %s in %s", "%s-Aware %s at Scale",
        "A Survey of %s and %s", "Joint %s and %s Optimization", "On the Robustness of %s under %s",
        "Learning-Based %s with %s", "%s Meets %s: Lessons from Deployment"
    };

    private static String title(List<String> terms, SplittableRandom r) {
        String a = terms.get(0);
        String b = terms.size() > 1 ? terms.get(1) : terms.get(0);
        return String.format(TITLES[r.nextInt(TITLES.length)], capitalise(a), capitalise(b));
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }
}
