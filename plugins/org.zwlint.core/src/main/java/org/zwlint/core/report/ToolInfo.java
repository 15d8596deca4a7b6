package org.zwlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Who wrote a report: ZwLint, and the version Maven stamped into the core analyzer that ran. */
public record ToolInfo(String name, String version, String informationUri) {
    /** Where users read about the rules; SARIF viewers link to it from every result. */
    public static final String INFORMATION_URI = "https://github.com/zwlint/zwlint";

    public static ToolInfo zwlint(String version) {
        return new ToolInfo("ZwLint", version, INFORMATION_URI);
    }

    /** This build of ZwLint. */
    public static ToolInfo current() {
        return zwlint(stampedVersion());
    }

    private static String stampedVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
