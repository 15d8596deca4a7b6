package org.zwlint.core.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats a user can ask for by name ("text", "json", "sarif"). */
public enum ReportFormat {
    TEXT, JSON, SARIF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(name.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
