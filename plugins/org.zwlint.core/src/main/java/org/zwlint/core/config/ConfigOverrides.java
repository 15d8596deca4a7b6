package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

/**
 * What a front end's own options say (the CLI's flags, the Maven plugin's parameters); each
 * given option overrides the {@code .zwlint}. Defines, undefines and include directories add to
 * the file's; {@code enable} and {@code disable} win over the file's {@code rule[ID]} lines.
 *
 * @param configFile a {@code .zwlint} to use for every file instead of the nearest one above it
 * @param ruleLevels levels given by the front end (the Maven plugin's), over the file's
 * @param build a .vcxproj or compile_commands.json given by the front end, over the file's
 */
public record ConfigOverrides(List<String> defines, List<String> undefines, List<Path> includeDirs,
        Optional<Path> wdkIncludeDir, Optional<Arch> arch, Optional<ModeOverride> mode, Set<String> enable,
        Set<String> disable, Map<String, Severity> ruleLevels, Optional<Path> baseline, Optional<Path> configFile,
        Optional<BuildSource> build) {

    public ConfigOverrides {
        defines = List.copyOf(defines);
        undefines = List.copyOf(undefines);
        includeDirs = List.copyOf(includeDirs);
        enable = Set.copyOf(enable);
        disable = Set.copyOf(disable);
        ruleLevels = Map.copyOf(ruleLevels);
    }

    public ConfigOverrides(List<String> defines, List<String> undefines, List<Path> includeDirs,
            Optional<Path> wdkIncludeDir, Optional<Arch> arch, Optional<ModeOverride> mode, Set<String> enable,
            Set<String> disable, Map<String, Severity> ruleLevels, Optional<Path> baseline, Optional<Path> configFile) {
        this(defines, undefines, includeDirs, wdkIncludeDir, arch, mode, enable, disable, ruleLevels, baseline,
                configFile, Optional.empty());
    }

    /** These overrides with build settings from {@code source}. */
    public ConfigOverrides withBuild(BuildSource source) {
        return new ConfigOverrides(defines, undefines, includeDirs, wdkIncludeDir, arch, mode, enable, disable,
                ruleLevels, baseline, configFile, Optional.of(source));
    }

    public static ConfigOverrides none() {
        return new ConfigOverrides(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty());
    }
}
