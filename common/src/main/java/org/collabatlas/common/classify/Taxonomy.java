package org.collabatlas.common.classify;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabatlas.common.config.InvalidConfigException;

/**
 * A keyword taxonomy: an ordered list of {@link Category categories}, read from HOCON of the shape of
 * {@code conf/taxonomy.conf}:
 * <pre>
 * taxonomy {
 *   categories = [
 *     { id = ai, name = "AI", scope = "...", terms = ["machine learning", ...], exclude = [...] }
 *   ]
 * }
 * </pre>
 * Validation reports every problem at once, each with its path ({@code taxonomy.categories[2].terms[5]}):
 * unknown keys, missing or blank fields, ids that are not {@code [a-z0-9-]+} or repeat, empty term lists,
 * phrases without a letter or digit, more than {@value #MAX_CATEGORIES} categories.
 */
public final class Taxonomy implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Category sets are bit masks of a {@code long}. */
    public static final int MAX_CATEGORIES = 64;
    private static final Set<String> CATEGORY_KEYS = Set.of("id", "name", "scope", "terms", "exclude");

    private final List<Category> categories;
    private final String origin;
    private final String hash;

    private Taxonomy(List<Category> categories, String origin, String hash) {
        this.categories = List.copyOf(categories);
        this.origin = origin;
        this.hash = hash;
    }

    /** Builds a taxonomy from categories given in code (tests); validated like a parsed one. */
    public static Taxonomy of(List<Category> categories) {
        List<String> problems = new ArrayList<>();
        validate(categories, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new Taxonomy(categories, "code", sha256(categories.toString()));
    }

    /**
     * Parses and validates HOCON text; {@code origin} names it in messages (a path, or {@code "taxonomy.conf
     * (shipped)"}).
     *
     * @throws InvalidConfigException listing every problem, each prefixed with {@code origin}
     */
    public static Taxonomy parse(String hocon, String origin) {
        Config c;
        try {
            c = ConfigFactory.parseString(hocon, ConfigParseOptions.defaults().setOriginDescription(origin)).resolve();
        } catch (ConfigException e) {
            throw new InvalidConfigException(List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        for (String key : c.root().keySet()) {
            if (!key.equals("taxonomy")) {
                problems.add(key + ": unknown key (a taxonomy file holds only 'taxonomy')");
            }
        }
        if (!c.hasPath("taxonomy.categories")) {
            problems.add("taxonomy.categories: missing");
        } else {
            for (String key : c.getObject("taxonomy").keySet()) {
                if (!key.equals("categories")) {
                    problems.add("taxonomy." + key + ": unknown key");
                }
            }
            ConfigValue v = c.getValue("taxonomy.categories");
            if (!(v instanceof ConfigList list)) {
                problems.add("taxonomy.categories: must be a list of { id, name, scope, terms, exclude }");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    Category cat = category(list.get(i), "taxonomy.categories[" + i + "]", problems);
                    if (cat != null) {
                        categories.add(cat);
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            validate(categories, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems.stream().map(p -> origin + ": " + p).toList());
        }
        return new Taxonomy(categories, origin, sha256(hocon));
    }

    private static Category category(ConfigValue v, String at, List<String> problems) {
        if (!(v instanceof ConfigObject obj)) {
            problems.add(at + ": must be an object { id, name, scope, terms, exclude }");
            return null;
        }
        for (String key : obj.keySet()) {
            if (!CATEGORY_KEYS.contains(key)) {
                problems.add(at + "." + key + ": unknown key (a category has " + CATEGORY_KEYS.stream().sorted()
                        .toList() + ")");
            }
        }
        Config c = obj.toConfig();
        String id = string(c, "id", at, problems, true);
        String name = string(c, "name", at, problems, true);
        String scope = string(c, "scope", at, problems, false);
        List<String> terms = phrases(c, "terms", at, problems, true);
        List<String> exclude = phrases(c, "exclude", at, problems, false);
        return new Category(id, name, scope == null ? "" : scope, terms, exclude);
    }

    private static String string(Config c, String key, String at, List<String> problems, boolean required) {
        if (!c.hasPath(key)) {
            if (required) {
                problems.add(at + "." + key + ": missing");
            }
            return required ? "" : null;
        }
        if (c.getValue(key).valueType() != ConfigValueType.STRING) {
            problems.add(at + "." + key + ": must be a string");
            return "";
        }
        return c.getString(key);
    }

    private static List<String> phrases(Config c, String key, String at, List<String> problems, boolean required) {
        if (!c.hasPath(key)) {
            if (required) {
                problems.add(at + "." + key + ": missing (a list of phrases)");
            }
            return List.of();
        }
        try {
            return c.getStringList(key);
        } catch (ConfigException.WrongType e) {
            problems.add(at + "." + key + ": must be a list of strings");
            return List.of();
        }
    }

    private static void validate(List<Category> categories, List<String> problems) {
        if (categories.isEmpty()) {
            problems.add("taxonomy.categories: is empty");
        }
        if (categories.size() > MAX_CATEGORIES) {
            problems.add("taxonomy.categories: at most " + MAX_CATEGORIES + " categories, got " + categories.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Category cat = categories.get(i);
            String at = "taxonomy.categories[" + i + "]";
            if (cat.id() == null || !cat.id().matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(at + ".id: must be lower-case letters, digits and '-', got '" + cat.id() + "'");
            } else if (!ids.add(cat.id())) {
                problems.add(at + ".id: '" + cat.id() + "' is used by an earlier category");
            }
            if (cat.name() == null || cat.name().isBlank()) {
                problems.add(at + ".name: must be a non-empty string");
            }
            if (cat.terms().isEmpty()) {
                problems.add(at + ".terms: is empty: the category could never be assigned");
            }
            checkPhrases(cat.terms(), at + ".terms", problems);
            checkPhrases(cat.exclude(), at + ".exclude", problems);
        }
    }

    private static void checkPhrases(List<String> phrases, String at, List<String> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < phrases.size(); j++) {
            String norm = Terms.normalize(phrases.get(j));
            if (norm.isEmpty()) {
                problems.add(at + "[" + j + "]: '" + phrases.get(j) + "' has no letter or digit");
            } else if (seen.putIfAbsent(norm, j) != null) {
                problems.add(at + "[" + j + "]: '" + phrases.get(j) + "' repeats " + at + "[" + seen.get(norm)
                        + "] (both normalise to '" + norm + "')");
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Category> categories() {
        return categories;
    }

    /** The category ids in taxonomy order. */
    public List<String> ids() {
        return categories.stream().map(Category::id).toList();
    }

    /** Where it was read from. */
    public String origin() {
        return origin;
    }

    /** SHA-256 of the source text: two runs with equal hashes classified with the same rules. */
    public String hash() {
        return hash;
    }
}
