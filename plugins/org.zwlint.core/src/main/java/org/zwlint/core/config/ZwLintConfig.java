package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

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

    /**
     * The target architecture: x86 where the run defines {@code _X86_} (as {@code arch x86} in a {@code .zwlint},
     * {@code --arch x86} or a Win32 build does, see {@link ConfigResolver}) and does not define {@code _WIN64};
     * x64 otherwise. Read from the defines so that one switch sets both what the preprocessor sees and what the
     * replay simulates.
     */
    public Arch arch() {
        boolean x86 = defines.containsKey("_X86_") && !undefines.contains("_X86_");
        boolean win64 = defines.containsKey("_WIN64") && !undefines.contains("_WIN64");
        return x86 && !win64 ? Arch.X86 : Arch.X64;
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
