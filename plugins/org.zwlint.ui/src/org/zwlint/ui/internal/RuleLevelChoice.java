package org.zwlint.ui.internal;

import java.util.Optional;

import org.zwlint.core.config.RuleSetting;

/**
 * A rule's entry on the property page: as its default, off, or on at a level, named as Eclipse
 * names severities (a {@code .zwlint}'s {@code note} is Eclipse's Info).
 */
enum RuleLevelChoice {
    DEFAULT("Default", Optional.empty()),
    ERROR("Error", Optional.of(RuleSetting.ERROR)),
    WARNING("Warning", Optional.of(RuleSetting.WARNING)),
    INFO("Info", Optional.of(RuleSetting.NOTE)),
    OFF("Off", Optional.of(RuleSetting.OFF));

    private final String label;
    /** What the {@code rule[ID]} line says; empty: no line. */
    private final Optional<RuleSetting> setting;

    RuleLevelChoice(String label, Optional<RuleSetting> setting) {
        this.label = label;
        this.setting = setting;
    }

    String label() {
        return label;
    }

    Optional<RuleSetting> setting() {
        return setting;
    }

    /** The choice a {@code rule[ID]} value stands for; {@code on} is the default level. */
    static RuleLevelChoice of(String value) {
        Optional<RuleSetting> named = RuleSetting.named(value);
        for (RuleLevelChoice choice : values()) {
            if (choice.setting.isPresent() && choice.setting.equals(named)) {
                return choice;
            }
        }
        return DEFAULT;
    }

    static String[] labels() {
        RuleLevelChoice[] all = values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        return labels;
    }
}
