package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one run is told: preprocessor defines and include directories (as with -D/-I), an
 * optional WDK include directory, the rules switched off, and whether files are kernel code. The CLI, the Maven plugin and
 * the Eclipse preferences all build one of these.
 */
public record ZwLintConfig(Map<String, String> defines, List<String> undefines, List<Path> includeDirs,
        Optional<Path> wdkIncludeDir, Set<String> disabledRules, ModeOverride mode) {

    public ZwLintConfig {
        defines = Map.copyOf(defines);
        undefines = List.copyOf(undefines);
        includeDirs = List.copyOf(includeDirs);
        disabledRules = Set.copyOf(disabledRules);
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

    public ZwLintConfig withDisabledRules(Set<String> rules) {
        return new ZwLintConfig(defines, undefines, includeDirs, wdkIncludeDir, rules, mode);
    }

    public ZwLintConfig withMode(ModeOverride newMode) {
        return new ZwLintConfig(defines, undefines, includeDirs, wdkIncludeDir, disabledRules, newMode);
    }
}
