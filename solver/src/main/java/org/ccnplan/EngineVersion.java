package org.ccnplan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's own version and the OptaPlanner version it solves with, as recorded in every plan. */
public final class EngineVersion {

    private static final Properties PROPERTIES = load();

    private EngineVersion() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": a missing version must not stop a solve.
        }
        return properties;
    }

    public static String engine() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    public static String optaplanner() {
        return PROPERTIES.getProperty("optaplanner", "unknown");
    }
}
