package org.zwlint.core.config;

import java.util.Locale;
import java.util.Optional;

import org.zwlint.core.Severity;

/**
 * The least severe finding that fails a run ({@code --fail-on}, the Maven plugin's {@code failOn}):
 * with {@code warning}, errors and warnings fail it and notes do not; {@code none} never fails on
 * findings. Syntax errors and other diagnostics are not findings and do not count here.
 */
public enum FailLevel {
    ERROR, WARNING, NOTE, NONE;

    public static Optional<FailLevel> named(String name) {
        for (FailLevel level : values()) {
            if (level.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity != Severity.NOTE;
            case NOTE -> true;
            case NONE -> false;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
