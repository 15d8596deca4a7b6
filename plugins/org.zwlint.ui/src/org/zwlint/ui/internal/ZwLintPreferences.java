package org.zwlint.ui.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.zwlint.core.Severity;
import org.zwlint.core.config.MacroDefinitions;
import org.zwlint.core.config.ModeOverride;
import org.zwlint.core.config.RuleSetting;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/** The workspace preferences ZwLint keeps, and the run configuration they stand for. */
public final class ZwLintPreferences {
    /** Preprocessor defines, one NAME or NAME=VALUE per line (as -D). */
    public static final String DEFINES = "defines";
    /** Include directories, separated by the platform path separator (as -I). */
    public static final String INCLUDE_DIRS = "includeDirs";
    /** Optional WDK include directory for &lt;...&gt; includes. */
    public static final String WDK_INCLUDE_DIR = "wdkIncludeDir";

    private ZwLintPreferences() {
    }

    /** The key of a rule's on/off switch, e.g. "rule.PM001.enabled". */
    public static String ruleEnabledKey(String ruleId) {
        return "rule." + ruleId + ".enabled";
    }

    /** The key of a rule's level, e.g. "rule.PM001.level": default, error, warning, info or off. */
    public static String ruleLevelKey(String ruleId) {
        return "rule." + ruleId + ".level";
    }

    /** A stored level; none stored (an older workspace): the on/off switch says default or off. */
    static RuleLevelChoice levelOf(String stored, boolean enabled) {
        for (RuleLevelChoice choice : RuleLevelChoice.values()) {
            if (choice.name().equalsIgnoreCase(stored.trim())) {
                return choice;
            }
        }
        return enabled ? RuleLevelChoice.DEFAULT : RuleLevelChoice.OFF;
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ZwLintPlugin.ID);
    }

    public static ZwLintConfig config() {
        IEclipsePreferences prefs = node();
        Map<String, String> defines = new LinkedHashMap<>();
        for (String line : prefs.get(DEFINES, "").split("\\R")) {
            if (!line.isBlank()) {
                try {
                    defines.putAll(MacroDefinitions.parse(List.of(line)));
                } catch (IllegalArgumentException e) {
                    // not a macro name: a define the preprocessor could not use either
                }
            }
        }
        List<Path> includes = new ArrayList<>();
        for (String dir : prefs.get(INCLUDE_DIRS, "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                includes.add(Path.of(dir.trim()));
            }
        }
        String wdk = prefs.get(WDK_INCLUDE_DIR, "").trim();
        Set<String> disabled = new TreeSet<>();
        Map<String, Severity> levels = new TreeMap<>();
        for (RuleDescription rule : ZwLintPlugin.getDefault().catalog().all()) {
            RuleLevelChoice choice = levelOf(prefs.get(ruleLevelKey(rule.id()), ""),
                    prefs.getBoolean(ruleEnabledKey(rule.id()), true));
            if (choice == RuleLevelChoice.OFF) {
                disabled.add(rule.id());
            }
            choice.setting().flatMap(RuleSetting::level).ifPresent(level -> levels.put(rule.id(), level));
        }
        return new ZwLintConfig(defines, List.of(), includes, wdk.isEmpty() ? Optional.empty() : Optional.of(Path.of(wdk)),
                disabled, ModeOverride.AUTO, List.of(), levels);
    }
}
