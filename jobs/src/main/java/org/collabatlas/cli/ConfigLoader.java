package org.collabatlas.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.InvalidConfigException;
import org.collabatlas.io.HadoopFiles;

/**
 * Builds the validated {@link AtlasConfig} of a command: {@code --set} over {@code --conf} files (in order, later
 * wins) over {@code application.conf}; {@code local.conf} when no {@code --conf} is given. A {@code --conf} is a
 * local file, an overlay shipped in the jar ({@code local.conf}, {@code emr.conf}, {@code dataproc.conf}), or a
 * Hadoop URI ({@code s3a://}, {@code gs://}, {@code hdfs://}).
 */
public final class ConfigLoader {
    static final String CONF_RESOURCES = "org/collabatlas/conf/";
    private static final String DEFAULT_OVERLAY = "local.conf";

    private ConfigLoader() {
    }

    /**
     * @throws InvalidConfigException naming every unknown key, wrong type and bad value, or an unreadable overlay
     */
    public static AtlasConfig load(List<String> confFiles, List<String> settings) {
        Config reference = resource("application.conf");
        List<String> overlays = confFiles.isEmpty() ? List.of(DEFAULT_OVERLAY) : confFiles;
        Config layered = ConfigFactory.empty();
        for (String s : settings) {
            layered = AtlasConfig.parseSetting(s).withFallback(layered); // a later --set of the same key wins
        }
        for (int i = overlays.size() - 1; i >= 0; i--) {
            layered = layered.withFallback(overlay(overlays.get(i)));
        }
        return AtlasConfig.from(layered, reference);
    }

    private static Config resource(String name) {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(CONF_RESOURCES + name)) {
            if (in == null) {
                return null;
            }
            return ConfigFactory.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    ConfigParseOptions.defaults().setOriginDescription(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Config overlay(String name) {
        try {
            Path local = Path.of(name);
            if (Files.isRegularFile(local)) {
                return ConfigFactory.parseFile(local.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
            }
            Config shipped = name.contains("/") ? null : resource(name);
            if (shipped != null) {
                return shipped;
            }
            if (name.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
                String text = HadoopFiles.readString(new Configuration(), name);
                if (text != null) {
                    return ConfigFactory.parseString(text, ConfigParseOptions.defaults().setOriginDescription(name));
                }
            }
        } catch (ConfigException e) {
            throw new InvalidConfigException(List.of("--conf " + name + ": " + e.getMessage()));
        }
        throw new InvalidConfigException(List.of("--conf " + name + ": file not found"));
    }
}
