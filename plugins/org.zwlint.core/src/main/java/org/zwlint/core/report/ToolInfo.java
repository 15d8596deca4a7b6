package org.zwlint.core.report;

/**
 * Who wrote a report. The version comes from the caller (the CLI jar or the Maven plugin know
 * their own build), so a report never guesses it from the class path.
 */
public record ToolInfo(String name, String version, String informationUri) {
    /** Where users read about the rules; SARIF viewers link to it from every result. */
    public static final String INFORMATION_URI = "https://github.com/zwlint/zwlint";

    public static ToolInfo zwlint(String version) {
        return new ToolInfo("ZwLint", version, INFORMATION_URI);
    }
}
