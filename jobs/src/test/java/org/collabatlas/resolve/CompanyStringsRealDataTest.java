package org.collabatlas.resolve;

import static org.apache.spark.sql.functions.count;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.Institution;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.schema.Columns;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Fixtures;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How many affiliation strings of the real data that name a company are resolved to that company (issue 21,
 * "Companies"): the distinct (string, country) pairs of the shared-data run's authorships (IEEE, ACM, WoS, Scopus)
 * whose string names one of {@link #COMPANIES}, and among them those that the run's {@code affiliation_matches}
 * resolve to a ROR id <em>of that company</em>: an institution one of whose names, or one of whose parents' names,
 * names the company ({@code IBM Research - Tokyo}, {@code Google DeepMind (United Kingdom)}). Left out of the share:
 * companies of which the partial ROR dump holds no record of type {@code company} that names them (listed apart),
 * and unresolved strings whose resolved country has no such record ({@code Microsoft Research, Cambridge, UK}: the dump has no
 * British Microsoft record; {@code IBM Almaden Research Center}: nor the American IBM; column "not held in the
 * string's country"). Prints one row per company (distinct
 * strings, authorships, and the misses by the matcher's reason, {@code other} = resolved to other institutions only)
 * and checks a floor; {@code docs/affiliations.md} ("Companies") keeps the figures.
 *
 * <p>Reads the shared-data fixture, or the run directory of {@code -Dcollabatlas.companies.run=DIR} (a run made by
 * the command line with {@code Fixtures.sharedDataSettings()}, to measure without the test suite).
 */
@ExtendWith(SparkTestSession.class)
class CompanyStringsRealDataTest {
    /**
     * Share of company strings (distinct pairs) resolved to their company below which the test fails: the measured
     * 0.64 of the learned decision (docs/affiliations.md, "Companies"; the rules reach 0.71) less a margin; the
     * issue's target is 0.90.
     */
    static final double FLOOR = 0.60;

    /** A company: how a string names it, and how the registry's names (of it or its parent) name it. */
    record Company(String name, Pattern inString, Pattern inRegistry) {
        Company(String name, String regex) {
            this(name, Pattern.compile(regex), Pattern.compile(regex));
        }
    }

    /**
     * Industry research labs of computing, as affiliation strings name them. Case-sensitive where the word is also
     * a common word or part of one ({@code Intel}, {@code Meta}, {@code Sharp}); acronyms in capitals.
     */
    static final List<Company> COMPANIES = List.of(
            new Company("IBM", "\\bIBM\\b"),
            new Company("Microsoft", "(?i)\\bmicrosoft\\b"),
            new Company("Google", "(?i)\\bgoogle\\b"),
            new Company("Nokia", "(?i)\\bnokia\\b"),
            new Company("Toshiba", "(?i)\\btoshiba\\b"),
            new Company("Ericsson", "(?i)\\bericsson\\b"),
            new Company("Huawei", "(?i)\\bhuawei\\b"),
            new Company("Intel", "\\b(Intel|INTEL)\\b"),
            new Company("Samsung", "(?i)\\bsamsung\\b"),
            new Company("Siemens", "(?i)\\bsiemens\\b"),
            new Company("Philips", "(?i)\\bphilips\\b"),
            new Company("Hitachi", "(?i)\\bhitachi\\b"),
            new Company("Fujitsu", "(?i)\\bfujitsu\\b"),
            new Company("NEC", "\\bNEC\\b"),
            new Company("Sony", "(?i)\\bsony\\b"),
            new Company("Mitsubishi Electric", "(?i)\\bmitsubishi electric\\b"),
            new Company("Canon", "\\b(Canon|CANON)\\b"),
            new Company("Apple", "\\bApple (Inc|Computer)"),
            new Company("Amazon", "\\bAmazon\\b(?!ia|as)"),
            new Company("Meta", "\\b(Facebook|Meta (AI|Platforms|Reality))\\b"),
            new Company("Yahoo", "(?i)\\byahoo\\b"),
            new Company("Baidu", "(?i)\\bbaidu\\b"),
            new Company("Alibaba", "(?i)\\balibaba\\b"),
            new Company("Tencent", "(?i)\\btencent\\b"),
            new Company("Disney", "(?i)\\bdisney\\b"),
            new Company("Autodesk", "(?i)\\bautodesk\\b"),
            new Company("NVIDIA", "(?i)\\bnvidia\\b"),
            new Company("Oracle", "\\bOracle\\b"),
            new Company("Bosch", "(?i)\\bbosch\\b"),
            new Company("Thales", "(?i)\\bthales\\b"),
            new Company("LG", "\\bLG\\b"),
            new Company("ZTE", "\\bZTE\\b"),
            new Company("Honda", "\\bHonda Research\\b"),
            new Company("Sharp", "\\bSharp (Lab|Corp)"),
            new Company("KDDI", "\\bKDDI\\b"),
            new Company("Spotify", "(?i)\\bspotify\\b"),
            new Company("Airbus", "(?i)\\bairbus\\b"),
            new Company("Boeing", "(?i)\\bboeing\\b"),
            new Company("Lenovo", "(?i)\\blenovo\\b"),
            new Company("ByteDance", "(?i)\\bbytedance\\b"),
            new Company("Naver", "\\b(Naver|NAVER)\\b"),
            new Company("Texas Instruments", "(?i)\\btexas instruments\\b"),
            new Company("Infineon", "(?i)\\binfineon\\b"),
            new Company("NXP", "\\bNXP\\b"),
            new Company("Adobe", "\\bAdobe\\b"),
            new Company("Bell Labs", "(?i)\\bbell (labs|laboratories)\\b"),
            new Company("Xerox", "(?i)\\bxerox\\b"),
            new Company("Qualcomm", "(?i)\\bqualcomm\\b"),
            new Company("AT&T", "\\bAT&T\\b"));

    @Test
    void companyStringsResolveToTheirCompany(SparkSession spark) {
        Path run = Optional.ofNullable(System.getProperty("collabatlas.companies.run")).map(Path::of)
                .orElseGet(() -> Fixtures.sharedData().runDir());
        Gazetteer g = Gazetteer.load(SharedData.dir("ror").resolve("ror-v2-partial.json.gz"));
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS).parquet(run + "/ingest/authorships")
                .filter(org.apache.spark.sql.functions.col(Columns.RAW_AFFILIATION).isNotNull())
                .groupBy(Columns.RAW_AFFILIATION, Columns.RAW_COUNTRY).agg(count("*").as("authorships"));
        Dataset<Row> matches = spark.read().schema(Schemas.AFFILIATION_MATCHES)
                .parquet(run + "/resolve/affiliation_matches");
        List<Row> rows = authorships.join(matches, authorships.col(Columns.RAW_AFFILIATION)
                        .eqNullSafe(matches.col(Columns.RAW_AFFILIATION))
                        .and(authorships.col(Columns.RAW_COUNTRY).eqNullSafe(matches.col(Columns.RAW_COUNTRY))))
                .select(authorships.col(Columns.RAW_AFFILIATION), authorships.col(Columns.RAW_COUNTRY),
                        authorships.col("authorships"), matches.col(Columns.INSTITUTION_IDS),
                        matches.col(Columns.MATCH_REASON), matches.col(Columns.COUNTRY))
                .collectAsList();

        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        List<String> absent = new ArrayList<>();
        for (Company c : COMPANIES) {
            Set<String> cc = new TreeSet<>();
            g.institutions().stream().filter(i -> i.isCandidate() && i.types().contains("company")
                    && names(i, c.inRegistry())).forEach(i -> cc.add(String.valueOf(i.countryCode())));
            if (cc.isEmpty()) {
                absent.add(c.name());
            } else {
                tallies.put(c.name(), new Tally());
                countries.put(c.name(), cc);
            }
        }
        Map<String, Integer> absentStrings = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Row r : rows) {
            String s = r.getString(0);
            for (Company c : COMPANIES) {
                if (!c.inString().matcher(s).find()) {
                    continue;
                }
                Tally t = tallies.get(c.name());
                if (t == null) {
                    absentStrings.merge(c.name(), 1, Integer::sum);
                    continue;
                }
                long a = r.getLong(2);
                List<String> ids = r.getList(3);
                boolean hit = ids.stream().anyMatch(id -> g.byId(id).map(i -> ofCompany(g, i, c)).orElse(false));
                String country = r.getString(5);
                if (!hit && country != null && !countries.get(c.name()).contains(country)) {
                    t.notHeldInCountry++;
                    misses.add(c.name() + "\tnot held in " + country + "\t" + s + " -> " + ids);
                    continue;
                }
                t.strings++;
                t.authorships += a;
                if (hit) {
                    t.matched++;
                    t.matchedAuthorships += a;
                } else {
                    String why = ids.stream().anyMatch(id -> id.startsWith("https://")) ? "other"
                            : r.isNullAt(4) ? "none" : r.getString(4);
                    t.misses.merge(why, 1, Integer::sum);
                    misses.add(c.name() + "\t" + why + "\t" + s + " [" + r.getString(1) + "] -> " + ids);
                }
            }
        }
        Tally all = new Tally();
        StringBuilder table = new StringBuilder("| company | strings | resolved | share | authorships | resolved |"
                + " misses by reason | not held in the string's country |\n|---|--:|--:|--:|--:|--:|---|--:|\n");
        tallies.forEach((name, t) -> {
            if (t.strings + t.notHeldInCountry > 0) {
                table.append(t.row(name)).append('\n');
                all.add(t);
            }
        });
        table.append(all.row("**all**")).append('\n');
        System.out.println("company strings of " + run + "\n" + table + "not in the ROR dump (strings): "
                + absentStrings + " of " + absent);
        if (System.getProperty("collabatlas.companies.misses") != null) {
            misses.sort(null);
            misses.forEach(System.out::println);
        }
        assertTrue(all.strings > 0, "no company strings found in " + run);
        assertTrue(all.matched >= FLOOR * all.strings, table.toString());
    }

    /** Whether the institution, or one of its parents, has a name that names the company. */
    static boolean ofCompany(Gazetteer g, Institution i, Company c) {
        if (names(i, c.inRegistry())) {
            return true;
        }
        return i.parentIds().stream().map(g::byId).flatMap(Optional::stream).anyMatch(p -> names(p, c.inRegistry()));
    }

    static boolean names(Institution i, Pattern p) {
        return i.names().stream().anyMatch(n -> p.matcher(n.value()).find());
    }

    /** Counts of one company. */
    static final class Tally {
        int strings;
        int matched;
        int notHeldInCountry;
        long authorships;
        long matchedAuthorships;
        final Map<String, Integer> misses = new TreeMap<>();

        void add(Tally t) {
            strings += t.strings;
            matched += t.matched;
            notHeldInCountry += t.notHeldInCountry;
            authorships += t.authorships;
            matchedAuthorships += t.matchedAuthorships;
            t.misses.forEach((k, v) -> misses.merge(k, v, Integer::sum));
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f%% | %d | %d | %s | %d |", name, strings, matched,
                    strings == 0 ? 0.0 : 100.0 * matched / strings, authorships, matchedAuthorships,
                    misses.isEmpty() ? "" : misses, notHeldInCountry);
        }
    }
}
