package org.collabatlas.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version (from the build), recorded in every {@code _run.json} and part of every stage key. */
public final class BuildInfo {
    private static final String VERSION = load();

    private BuildInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/collabatlas/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
