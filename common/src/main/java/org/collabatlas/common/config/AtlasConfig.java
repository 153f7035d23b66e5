package org.collabatlas.common.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;

/**
 * The validated, immutable configuration of a run, built once at start from the layers
 * {@code --set} over {@code --conf} files over {@code application.conf}. Nothing below the CLI reads
 * Typesafe {@link Config} directly.
 *
 * <p>Validation reports every problem at once, one line each with the key's path and where it was set:
 * keys that {@code application.conf} does not define (with the nearest known key as a hint), values of the wrong
 * type, and values out of range.
 */
public final class AtlasConfig {
    /** Sub-trees whose keys are free-form (passed through as they are). */
    private static final Set<String> FREE_FORM = Set.of("spark.properties");

    private final Config resolved;
    private final Settings.Spark spark;
    private final Settings.Output output;
    private final Settings.Ingest ingest;
    private final Settings.Resolve resolve;
    private final Settings.Generate generate;
    private final Settings.Classify classify;
    private final Settings.Graph graph;
    private final Settings.Centrality centrality;
    private final Settings.Report report;
    private final Settings.Privacy privacy;
    private final Settings.Uncertainty uncertainty;

    private AtlasConfig(Config resolved, Checked c) {
        this.resolved = resolved;
        this.spark = new Settings.Spark(c.optString("spark.master"), c.string("spark.app-name"),
                c.positiveInt("spark.shuffle-partitions"), c.optString("spark.checkpoint-dir"),
                c.stringMap("spark.properties"));
        this.output = new Settings.Output(c.string("output.dir"), c.bool("output.overwrite"),
                c.nonNegativeInt("output.keep-runs"));
        this.ingest = new Settings.Ingest(c.inputs("ingest.inputs"), c.yearWindow("ingest.years"),
                c.formats("ingest.source-priority"), c.nonNegativeInt("ingest.file-partitions"), c.limits());
        this.resolve = new Settings.Resolve(c.optString("resolve.ror"),
                c.oneOf("resolve.matcher", Settings.Resolve.Matcher.class), c.optString("resolve.matcher-model"),
                c.optNonBlankString("resolve.index-cache"));
        this.classify = new Settings.Classify(c.optString("classify.taxonomy"), c.bool("classify.titles"));
        this.generate = c.generate();
        this.graph = new Settings.Graph(c.oneOf("graph.counting", Settings.Graph.Counting.class),
                c.enumSet("graph.levels", Settings.Graph.Level.class),
                c.positiveInt("graph.author.max-authors"));
        this.centrality = new Settings.Centrality(c.bool("centrality.export-csv"),
                new Settings.PowerIteration(c.positiveInt("centrality.eigenvector.max-iter"),
                        c.fraction("centrality.eigenvector.tol", false)),
                new Settings.PageRank(c.fraction("centrality.pagerank.alpha", false),
                        c.positiveInt("centrality.pagerank.max-iter"), c.fraction("centrality.pagerank.tol", false)),
                new Settings.Betweenness(c.oneOf("centrality.betweenness.distance",
                        Settings.Betweenness.Distance.class),
                        c.positiveInt("centrality.betweenness.exact-max-vertices"),
                        c.positiveDouble("centrality.betweenness.exact-max-work"),
                        c.fraction("centrality.betweenness.epsilon", false),
                        c.fraction("centrality.betweenness.delta", false),
                        c.anyLong("centrality.betweenness.seed"),
                        c.nonNegativeInt("centrality.betweenness.distribute-min-vertices"),
                        c.nonNegativeInt("centrality.betweenness.tasks")),
                c.nonNegativeInt("centrality.driver-rows-max-vertices"));
        this.report = c.report();
        this.privacy = new Settings.Privacy(c.bool("privacy.pseudonymise-authors"), c.string("privacy.salt-env"));
        this.uncertainty = new Settings.Uncertainty(c.bool("uncertainty.enabled"),
                c.positiveInt("uncertainty.replicates"), c.anyLong("uncertainty.seed"),
                c.fraction("uncertainty.confidence", false));
        c.throwIfProblems();
    }

    /**
     * Validates {@code layered} (the user's layers, already merged over the defaults) against {@code reference}
     * (the defaults of {@code application.conf}, which define the valid keys).
     *
     * @throws InvalidConfigException listing every problem
     */
    public static AtlasConfig from(Config layered, Config reference) {
        Config resolved;
        try {
            resolved = layered.withFallback(reference).resolve();
        } catch (ConfigException e) {
            throw new InvalidConfigException(List.of(e.getMessage()));
        }
        Checked c = new Checked(resolved);
        c.unknownKeys(resolved.root(), "", reference);
        return new AtlasConfig(resolved, c);
    }

    public Settings.Spark spark() {
        return spark;
    }

    public Settings.Output output() {
        return output;
    }

    public Settings.Ingest ingest() {
        return ingest;
    }

    public Settings.Resolve resolve() {
        return resolve;
    }

    public Settings.Generate generate() {
        return generate;
    }

    public Settings.Classify classify() {
        return classify;
    }

    public Settings.Graph graph() {
        return graph;
    }

    public Settings.Centrality centrality() {
        return centrality;
    }

    public Settings.Report report() {
        return report;
    }

    public Settings.Uncertainty uncertainty() {
        return uncertainty;
    }

    public Settings.Privacy privacy() {
        return privacy;
    }

    /**
     * The whole resolved configuration as a plain map with sorted keys, for {@code _run.json}; secret values are
     * replaced by {@link Redaction#REDACTED}.
     */
    public Map<String, Object> asMap() {
        return Redaction.map(sorted(resolved.root().unwrapped()));
    }

    /**
     * SHA-256 of {@link #asMap()} as canonical JSON: two runs with equal hashes ran with equal settings (secrets
     * aside: they are redacted before hashing, so the hash reveals nothing about them).
     */
    public String hash() {
        try {
            byte[] json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(asMap());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sorted(Map<String, Object> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> sub ? sorted((Map<String, Object>) sub) : v));
        return out;
    }

    /** Typed reads that record problems instead of stopping at the first. */
    private static final class Checked {
        private final Config c;
        private final List<String> problems = new ArrayList<>();
        /** Sections set to a value that is not an object (with a trailing dot): their keys are not reported. */
        private final List<String> notObjects = new ArrayList<>();

        Checked(Config c) {
            this.c = c;
        }

        void unknownKeys(ConfigObject obj, String prefix, Config reference) {
            for (Map.Entry<String, ConfigValue> e : obj.entrySet()) {
                String path = prefix.isEmpty() ? quoteIfNeeded(e.getKey()) : prefix + "." + quoteIfNeeded(e.getKey());
                if (!reference.hasPathOrNull(path)) {
                    problems.add(path + ": unknown key" + origin(e.getValue()) + hint(path, reference));
                } else if (FREE_FORM.contains(path)) {
                    continue;
                } else if (!reference.getIsNull(path)
                        && reference.getValue(path).valueType() == ConfigValueType.OBJECT) {
                    if (e.getValue() instanceof ConfigObject sub) {
                        unknownKeys(sub, path, reference);
                    } else {
                        // one line for the section, none for each of its keys
                        problems.add(path + ": must be an object (a section of keys), not "
                                + e.getValue().valueType().name().toLowerCase() + origin(e.getValue()));
                        notObjects.add(path + ".");
                    }
                }
            }
        }

        private static String quoteIfNeeded(String key) {
            return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
        }

        private static String hint(String path, Config reference) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map.Entry<String, ConfigValue> e : reference.entrySet()) {
                int d = distance(path, e.getKey());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.getKey();
                }
            }
            return best != null && bestDistance <= 3 ? " (did you mean '" + best + "'?)" : "";
        }

        private static int distance(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }

        private String origin(ConfigValue v) {
            return v.origin() == null ? "" : " (set in " + v.origin().description() + ")";
        }

        private void problem(String path, String what) {
            if (notObjects.stream().anyMatch(path::startsWith)) {
                return;
            }
            String where = "";
            try {
                if (c.hasPathOrNull(path)) {
                    where = origin(c.getValue(path));
                }
            } catch (ConfigException ignored) {
                where = "";
            }
            problems.add(path + ": " + what + where);
        }

        String string(String path) {
            int before = problems.size();
            String s = optString(path);
            if ((s == null || s.isBlank()) && problems.size() == before) {
                problem(path, "must be a non-empty string");
                return "";
            }
            return s;
        }

        String optString(String path) {
            try {
                if (!c.hasPathOrNull(path)) {
                    problem(path, "missing");
                    return null;
                }
                return c.getIsNull(path) ? null : c.getString(path);
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a string, not " + c.getValue(path).valueType().name().toLowerCase());
                return null;
            }
        }

        /** Null, or a string with more than blanks. */
        String optNonBlankString(String path) {
            String s = optString(path);
            if (s != null && s.isBlank()) {
                problem(path, "must be null or a non-empty string");
                return null;
            }
            return s;
        }

        boolean bool(String path) {
            try {
                return c.getBoolean(path);
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
            } catch (ConfigException.WrongType e) {
                problem(path, "must be true or false");
            }
            return false;
        }

        /** The value, or null after recording a problem. */
        Long number(String path) {
            try {
                return c.getLong(path);
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a whole number");
            }
            return null;
        }

        long anyLong(String path) {
            Long v = number(path);
            return v == null ? 0 : v;
        }

        int positiveInt(String path) {
            return intIn(path, 1, Integer.MAX_VALUE, "a whole number from 1 to " + Integer.MAX_VALUE);
        }

        int nonNegativeInt(String path) {
            return intIn(path, 0, Integer.MAX_VALUE, "a whole number from 0 to " + Integer.MAX_VALUE);
        }

        int year(String path) {
            return intIn(path, 1000, 9999, "a four-digit year");
        }

        private int intIn(String path, long min, long max, String what) {
            Long v = number(path);
            if (v == null) {
                return (int) min;
            }
            if (v < min || v > max) {
                problem(path, "must be " + what + ", got " + v);
                return (int) min;
            }
            return v.intValue();
        }

        /** A number strictly between 0 and 1 (or up to 1 inclusive when {@code closed}). */
        double fraction(String path, boolean closed) {
            try {
                double v = c.getDouble(path);
                if (!(v > 0 && (closed ? v <= 1 : v < 1))) {
                    problem(path, "must be a number between 0 and 1" + (closed ? "" : " (exclusive)") + ", got " + v);
                    return 0.5;
                }
                return v;
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a number");
            }
            return 0.5;
        }

        <E extends Enum<E>> E oneOf(String path, Class<E> type) {
            E[] values = type.getEnumConstants();
            String s = optString(path);
            for (E v : values) {
                if (v.name().replace('_', '-').equalsIgnoreCase(s)) {
                    return v;
                }
            }
            if (s != null) {
                problem(path, "must be one of " + java.util.Arrays.stream(values)
                        .map(v -> v.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT)).toList()
                        + ", got '" + s + "'");
            } else if (c.hasPathOrNull(path)) {
                problem(path, "must be set");
            }
            return values[0];
        }

        /** A non-empty list of enum names (case-insensitive, '-' for '_'), without repeats. */
        <E extends Enum<E>> java.util.Set<E> enumSet(String path, Class<E> type) {
            java.util.EnumSet<E> out = java.util.EnumSet.noneOf(type);
            List<String> names;
            try {
                names = c.getStringList(path);
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
                return out;
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a list of names");
                return out;
            }
            List<String> valid = java.util.Arrays.stream(type.getEnumConstants())
                    .map(v -> v.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT)).toList();
            for (String s : names) {
                int i = valid.indexOf(s.toLowerCase(java.util.Locale.ROOT));
                if (i < 0) {
                    problem(path, "must list only " + valid + ", got '" + s + "'");
                } else if (!out.add(type.getEnumConstants()[i])) {
                    problem(path, "lists '" + s + "' twice");
                }
            }
            if (names.isEmpty()) {
                problem(path, "must not be empty");
            }
            return out;
        }

        Map<String, String> stringMap(String path) {
            Map<String, String> out = new LinkedHashMap<>();
            try {
                ConfigObject o = c.getObject(path);
                for (Map.Entry<String, Object> e : sorted(o.unwrapped()).entrySet()) {
                    if (e.getValue() instanceof Map<?, ?>) {
                        problem(path + "." + e.getKey(), "must be a value, not an object (quote dotted keys: "
                                + "\"spark.executor.memory\" = \"8g\")");
                    } else {
                        out.put(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
            } catch (ConfigException.WrongType e) {
                problem(path, "must be an object of Spark properties");
            }
            return out;
        }

        YearWindow yearWindow(String path) {
            try {
                return YearWindow.parse(c.getString(path));
            } catch (ConfigException e) {
                problem(path, "must be \"all\", \"YYYY\" or \"YYYY-YYYY\"");
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
            }
            return YearWindow.ALL;
        }

        List<SourceFormat> formats(String path) {
            List<SourceFormat> out = new ArrayList<>();
            try {
                List<String> ids = c.getStringList(path);
                for (int i = 0; i < ids.size(); i++) {
                    try {
                        SourceFormat f = SourceFormat.fromId(ids.get(i));
                        if (out.contains(f)) {
                            problem(path + "[" + i + "]", "'" + f.id() + "' is listed twice");
                        }
                        out.add(f);
                    } catch (IllegalArgumentException e) {
                        problem(path + "[" + i + "]", e.getMessage());
                    }
                }
            } catch (ConfigException e) {
                problem(path, "must be a list of format ids (" + SourceFormat.ids() + ")");
            }
            return out;
        }

        List<Settings.Input> inputs(String path) {
            List<Settings.Input> out = new ArrayList<>();
            ConfigList list;
            try {
                list = c.getList(path);
            } catch (ConfigException e) {
                problem(path, "must be a list of { format, path } objects");
                return out;
            }
            if (list.isEmpty()) {
                problem(path, "is empty: there is nothing to ingest (give at least one { format, path })");
            }
            for (int i = 0; i < list.size(); i++) {
                String at = path + "[" + i + "]";
                if (!(list.get(i) instanceof ConfigObject obj)) {
                    problem(at, "must be an object { format = ..., path = ... }");
                    continue;
                }
                for (String key : obj.keySet()) {
                    if (!key.equals("format") && !key.equals("path")) {
                        problems.add(at + "." + key + ": unknown key (an input has only format and path)");
                    }
                }
                Config e = obj.toConfig();
                SourceFormat format = null;
                String p = null;
                if (!e.hasPath("format")) {
                    problems.add(at + ".format: missing (one of " + SourceFormat.ids() + ")");
                } else {
                    try {
                        format = SourceFormat.fromId(e.getString("format"));
                    } catch (ConfigException | IllegalArgumentException ex) {
                        problems.add(at + ".format: " + (ex instanceof IllegalArgumentException
                                ? ex.getMessage() : "must be a string"));
                    }
                }
                if (!e.hasPath("path")) {
                    problems.add(at + ".path: missing");
                } else {
                    try {
                        p = e.getString("path");
                        if (p.isBlank()) {
                            problems.add(at + ".path: must not be empty");
                        }
                    } catch (ConfigException ex) {
                        problems.add(at + ".path: must be a string");
                    }
                }
                if (format != null && p != null && !p.isBlank()) {
                    out.add(new Settings.Input(format, p));
                }
            }
            return out;
        }

        Settings.Generate generate() {
            String p = "generate.";
            boolean before = bool(p + "before-ingest");
            Long papers = number(p + "papers");
            if (papers != null && papers < 1) {
                problem(p + "papers", "must be at least 1, got " + papers);
            }
            long seed = anyLong(p + "seed");
            String dir = optString(p + "dir");
            List<SourceFormat> formats = formats(p + "formats");
            for (int i = 0; i < formats.size(); i++) {
                if (formats.get(i) != SourceFormat.IEEE_XPLORE_API && formats.get(i) != SourceFormat.ACM_DL) {
                    problem(p + "formats[" + i + "]", "the generator writes ieee-xplore-api and acm-dl only, not '"
                            + formats.get(i).id() + "'");
                }
            }
            if (formats.isEmpty()) {
                problem(p + "formats", "must name at least one format (ieee-xplore-api, acm-dl)");
            }
            double duplicate = share(p + "duplicate-share");
            double acm = share(p + "acm-share");
            if (duplicate + acm > 1) {
                problem(p + "acm-share", "duplicate-share + acm-share must be at most 1, got " + (duplicate + acm));
            }
            boolean gzip = bool(p + "gzip");
            int perFile = positiveInt(p + "papers-per-file");
            int tasks = nonNegativeInt(p + "tasks");
            return new Settings.Generate(before, papers == null || papers < 1 ? 1 : papers, seed, dir, formats,
                    duplicate, acm, gzip, perFile, tasks);
        }

        /** A number from 0 to 1 inclusive. */
        double share(String path) {
            try {
                double v = c.getDouble(path);
                if (!(v >= 0 && v <= 1)) {
                    problem(path, "must be a number from 0 to 1, got " + v);
                    return 0;
                }
                return v;
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a number");
            }
            return 0;
        }

        Limits limits() {
            String p = "ingest.limits.";
            int maxRecord = positiveInt(p + "max-record-bytes");
            Long maxDocument = number(p + "max-document-bytes");
            if (maxDocument != null && maxDocument <= 0) {
                problem(p + "max-document-bytes", "must be positive, got " + maxDocument);
            }
            if (maxDocument == null || maxDocument <= 0) {
                maxDocument = 1L;
            }
            int maxTitle = positiveInt(p + "max-title-chars");
            int maxField = positiveInt(p + "max-field-chars");
            int maxAuthors = positiveInt(p + "max-authors");
            int minYear = year(p + "min-year");
            int maxYear = year(p + "max-year");
            if (minYear > maxYear) {
                problem(p + "min-year", "must not be after ingest.limits.max-year");
                maxYear = minYear;
            }
            int excerpt = nonNegativeInt(p + "excerpt-chars");
            return new Limits(maxRecord, maxDocument, maxTitle, maxField, maxAuthors, minYear, maxYear, excerpt);
        }

        /** A number greater than 0 (and finite). */
        double positiveDouble(String path) {
            try {
                double v = c.getDouble(path);
                if (!(v > 0) || Double.isInfinite(v)) {
                    problem(path, "must be a number greater than 0, got " + v);
                    return 1;
                }
                return v;
            } catch (ConfigException.Missing e) {
                problem(path, "missing");
            } catch (ConfigException.WrongType e) {
                problem(path, "must be a number");
            }
            return 1;
        }

        /** An ISO 3166-1 alpha-2 code (two letters, upper-cased). */
        String countryCode(String path, String value) {
            if (value == null || !value.matches("[A-Za-z]{2}")) {
                problem(path, "must be an ISO 3166-1 alpha-2 country code such as JP, got '" + value + "'");
                return "XX";
            }
            return value.toUpperCase(java.util.Locale.ROOT);
        }

        Settings.Report report() {
            String p = "report.";
            String reference = countryCode(p + "reference-country", optString(p + "reference-country"));
            List<String> regions = new ArrayList<>();
            try {
                List<String> codes = c.getStringList(p + "regions");
                for (int i = 0; i < codes.size(); i++) {
                    String code = countryCode(p + "regions[" + i + "]", codes.get(i));
                    if (regions.contains(code)) {
                        problem(p + "regions[" + i + "]", "'" + code + "' is listed twice");
                    }
                    regions.add(code);
                }
            } catch (ConfigException e) {
                problem(p + "regions", "must be a list of ISO 3166-1 alpha-2 country codes");
            }
            int top = positiveInt(p + "top-institutions");
            YearWindow trendYears = yearWindow(p + "trend-years");
            int chart = positiveInt(p + "chart-countries");
            String t = p + "typology.";
            Settings.Typology typology = new Settings.Typology(positiveDouble(t + "papers-threshold"),
                    positiveDouble(t + "eigenvector-threshold"), positiveDouble(t + "similar.papers-factor"),
                    positiveDouble(t + "similar.eigenvector-factor"), positiveInt(t + "partner-institutions"));
            if (typology.similarPapersFactor() < 1) {
                problem(t + "similar.papers-factor", "must be at least 1 (a factor of the reference's papers)");
            }
            if (typology.similarEigenvectorFactor() < 1) {
                problem(t + "similar.eigenvector-factor", "must be at least 1 (a factor of the reference's value)");
            }
            String st = p + "strengths.";
            Settings.Strengths strengths = new Settings.Strengths(positiveDouble(st + "strong-activity-index"),
                    positiveDouble(st + "weak-activity-index"), anyLong(st + "min-papers"));
            if (strengths.weakActivityIndex() >= strengths.strongActivityIndex()) {
                problem(st + "weak-activity-index", "must be below report.strengths.strong-activity-index");
            }
            if (strengths.minPapers() < 0) {
                problem(st + "min-papers", "must be 0 or more");
            }
            return new Settings.Report(reference, List.copyOf(regions), top, trendYears, chart, typology, strengths);
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidConfigException(problems);
            }
        }
    }

    /** Parses one {@code key=value} of {@code --set}, the value in HOCON syntax (so lists and objects work). */
    public static Config parseSetting(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new InvalidConfigException(List.of("--set " + assignment + ": expected key=value"));
        }
        String key = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1);
        try {
            return ConfigFactory.parseString(key + " = " + quoteBare(value),
                    com.typesafe.config.ConfigParseOptions.defaults().setOriginDescription("--set " + key));
        } catch (ConfigException e) {
            throw new InvalidConfigException(List.of(key + ": cannot parse --set value '" + value + "': "
                    + e.getMessage()));
        }
    }

    /** A bare value that HOCON would misread (a path with ':' or '//', say) is taken as one string. */
    private static String quoteBare(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return "\"\"";
        }
        char first = v.charAt(0);
        if (first == '[' || first == '{' || first == '"') {
            return v;
        }
        try {
            ConfigFactory.parseString("k = " + v);
            if (!v.contains("//") && !v.contains(":")) {
                return v;
            }
        } catch (ConfigException e) {
            // fall through: quote it
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
