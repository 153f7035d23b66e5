package org.collabatlas.common.config;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hides secret configuration values before they reach {@code _run.json} or a log. A value is secret when any
 * segment of its key path is {@code secrets}, or when the last segment (for free-form maps such as
 * {@code spark.properties}, the whole quoted property name, e.g. {@code "spark.hadoop.fs.s3a.secret.key"})
 * contains {@code password}, {@code secret}, {@code token}, {@code key} or {@code credential}, ignoring case.
 * Secret values are replaced by {@value #REDACTED}; the keys stay, so a reader sees that one was set.
 *
 * <p>Credentials should not be in configuration at all (cloud access goes through the platform's roles); this
 * is the net for when one is.
 */
public final class Redaction {
    public static final String REDACTED = "<redacted>";
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|key|credential).*");

    private Redaction() {
    }

    /** Whether a key segment (or a free-form property name) names a secret. */
    public static boolean isSecretName(String name) {
        return name != null && (name.toLowerCase(Locale.ROOT).equals("secrets")
                || SECRET_NAME.matcher(name).matches());
    }

    /** A copy of a nested map with every secret value (a value under a secret name) replaced. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (isSecretName(k)) {
                out.put(k, REDACTED);
            } else if (v instanceof Map<?, ?> sub) {
                out.put(k, map((Map<String, Object>) sub));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Command-line arguments with the value of every {@code --set key=value} that sets a secret (directly, or inside
     * an object value) replaced, e.g. {@code --set spark.properties={"fs.s3a.secret.key"=abc}} ->
     * {@code --set spark.properties=<redacted>}.
     */
    public static List<String> arguments(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            out.add(i > 0 && args.get(i - 1).equals("--set") ? setting(a) : a);
        }
        return out;
    }

    /** One {@code key=value} of {@code --set}, its value replaced when it sets a secret. */
    public static String setting(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            return assignment;
        }
        String key = assignment.substring(0, eq).trim();
        boolean secret = false;
        for (String segment : key.split("\\.")) {
            secret |= isSecretName(segment.replace("\"", ""));
        }
        if (!secret) {
            try {
                Config c = AtlasConfig.parseSetting(assignment);
                secret = containsSecret(c.root().unwrapped());
            } catch (InvalidConfigException e) {
                secret = false;
            }
        }
        return secret ? key + "=" + REDACTED : assignment;
    }

    @SuppressWarnings("unchecked")
    private static boolean containsSecret(Map<String, Object> m) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (isSecretName(e.getKey())
                    || (e.getValue() instanceof Map<?, ?> sub && containsSecret((Map<String, Object>) sub))) {
                return true;
            }
        }
        return false;
    }
}
