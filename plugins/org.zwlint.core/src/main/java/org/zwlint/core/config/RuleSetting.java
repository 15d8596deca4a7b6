package org.zwlint.core.config;

import java.util.Locale;
import java.util.Optional;

import org.zwlint.core.Severity;

/** What a {@code .zwlint} says about one rule: switched on or off, or on at another level. */
public enum RuleSetting {
    ON, OFF, ERROR, WARNING, NOTE;

    public static Optional<RuleSetting> named(String value) {
        for (RuleSetting setting : values()) {
            if (setting.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    public boolean enabled() {
        return this != OFF;
    }

    /** The level a finding of the rule is reported at instead of the rule's default, if any. */
    public Optional<Severity> level() {
        return switch (this) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case NOTE -> Optional.of(Severity.NOTE);
            case ON, OFF -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
