package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.model.Arch;

/**
 * The settings of one {@code .zwlint} file, read by {@link ProjectFileParser}. Relative paths in it
 * (include directories, the WDK include directory, the baseline, globs) are relative to its folder
 * and are held here already resolved against it.
 *
 * @param file the {@code .zwlint} itself
 * @param sources globs of the files to analyze; empty means every .c and .h below the folder
 * @param excludes globs of files and folders left out
 * @param analyzeBuildOutput whether build output folders (x64, Debug, Release, obj, .vs, …) are analyzed
 * @param rules rule id to its setting, in file order
 * @param build the .vcxproj or compile_commands.json the project's build settings come from
 */
public record ProjectFile(Path file, List<PathGlob> sources, List<PathGlob> excludes, boolean analyzeBuildOutput,
        List<String> defines, List<String> undefines, List<Path> includeDirs, Optional<Path> wdkIncludeDir,
        Optional<Arch> arch, Optional<ModeOverride> mode, List<PathMode> pathModes, Map<String, RuleSetting> rules,
        Optional<Path> baseline, Optional<BuildSource> build) {

    /** The name of the file ZwLint looks for. */
    public static final String NAME = ".zwlint";

    public ProjectFile {
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
        defines = List.copyOf(defines);
        undefines = List.copyOf(undefines);
        includeDirs = List.copyOf(includeDirs);
        pathModes = List.copyOf(pathModes);
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
    }

    public ProjectFile(Path file, List<PathGlob> sources, List<PathGlob> excludes, boolean analyzeBuildOutput,
            List<String> defines, List<String> undefines, List<Path> includeDirs, Optional<Path> wdkIncludeDir,
            Optional<Arch> arch, Optional<ModeOverride> mode, List<PathMode> pathModes, Map<String, RuleSetting> rules,
            Optional<Path> baseline) {
        this(file, sources, excludes, analyzeBuildOutput, defines, undefines, includeDirs, wdkIncludeDir, arch, mode,
                pathModes, rules, baseline, Optional.empty());
    }

    /** The folder the file's relative paths and globs start from. */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Settings with nothing in them: what a run without any {@code .zwlint} uses. */
    public static ProjectFile none(Path folder) {
        return new ProjectFile(folder.resolve(NAME), List.of(), List.of(), false, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), Optional.empty());
    }

    /** Whether a file below the folder is to be analyzed, by the source and exclude globs. */
    public boolean selects(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder())) {
            return true; // named on the command line from elsewhere: the globs do not speak about it
        }
        Path relative = folder().relativize(absolute);
        boolean included = sources.isEmpty() || sources.stream().anyMatch(g -> g.matches(relative));
        return included && excludes.stream().noneMatch(g -> g.matches(relative));
    }
}
