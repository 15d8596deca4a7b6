package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Severity;

/**
 * What one run is told: preprocessor defines and include directories (as with -D/-I), an
 * optional WDK include directory, the rules switched off, whether files are kernel code (for all,
 * and per path), and the level a rule's findings are reported at when a {@code .zwlint} changes it.
 * The CLI, the Maven plugin and the Eclipse preferences all build one of these, from a
 * {@code .zwlint} and their own options through {@link ConfigResolver}.
 *
 * @param pathModes mode overrides for files matching a glob; the last that applies wins over {@code mode}
 * @param ruleLevels rule id to the level its findings are reported at, where not the rule's default
 */
public record ZwLintConfig(Map<String, String> defines, List<String> undefines, List<Path> includeDirs,
        Optional<Path> wdkIncludeDir, Set<String> disabledRules, ModeOverride mode, List<PathMode> pathModes,
        Map<String, Severity> ruleLevels) {

    public ZwLintConfig {
        defines = Map.copyOf(defines);
        undefines = List.copyOf(undefines);
        includeDirs = List.copyOf(includeDirs);
        disabledRules = Set.copyOf(disabledRules);
        pathModes = List.copyOf(pathModes);
        ruleLevels = Map.copyOf(ruleLevels);
    }

    public ZwLintConfig(Map<String, String> defines, List<String> undefines, List<Path> includeDirs,
            Optional<Path> wdkIncludeDir, Set<String> disabledRules, ModeOverride mode) {
        this(defines, undefines, includeDirs, wdkIncludeDir, disabledRules, mode, List.of(), Map.of());
    }

    public ZwLintConfig(Map<String, String> defines, List<String> undefines, List<Path> includeDirs,
            Optional<Path> wdkIncludeDir, Set<String> disabledRules) {
        this(defines, undefines, includeDirs, wdkIncludeDir, disabledRules, ModeOverride.AUTO);
    }

    public static ZwLintConfig defaults() {
        return new ZwLintConfig(Map.of(), List.of(), List.of(), Optional.empty(), Set.of());
    }

    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    /** The mode a file is judged in: the last per-path override that applies, else the run's mode. */
    public ModeOverride modeFor(Path file) {
        ModeOverride chosen = mode;
        for (PathMode pathMode : pathModes) {
            if (pathMode.appliesTo(file)) {
                chosen = pathMode.mode();
            }
        }
        return chosen;
    }

    /** The level a finding of {@code ruleId} is reported at, given the rule's own. */
    public Severity levelOf(String ruleId, Severity ruleDefault) {
        return ruleLevels.getOrDefault(ruleId, ruleDefault);
    }

    public ZwLintConfig withDisabledRules(Set<String> rules) {
        return new ZwLintConfig(defines, undefines, includeDirs, wdkIncludeDir, rules, mode, pathModes, ruleLevels);
    }

    public ZwLintConfig withMode(ModeOverride newMode) {
        return new ZwLintConfig(defines, undefines, includeDirs, wdkIncludeDir, disabledRules, newMode, pathModes,
                ruleLevels);
    }
}
