package org.zwlint.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Severity;
import org.zwlint.core.model.Arch;

/**
 * Finds the {@code .zwlint} that governs a file (the nearest one in its folder or above, or the
 * one given with {@code --config}) and turns it, with a front end's overrides, into the
 * {@link ZwLintConfig} a run uses. One resolver per run: it remembers the files it has read.
 */
public final class ConfigResolver {
    private final ProjectFileParser parser;
    private final ConfigOverrides overrides;
    private final Map<Path, Optional<Path>> nearest = new HashMap<>();
    private final Map<Path, ProjectFile> read = new HashMap<>();
    private final Map<BuildSource, ImportedBuild> imported = new HashMap<>();
    private final List<org.zwlint.core.Diagnostic> importDiagnostics = new ArrayList<>();

    public ConfigResolver(Set<String> knownRules, ConfigOverrides overrides) {
        this.parser = new ProjectFileParser(knownRules);
        this.overrides = overrides;
    }

    /** The settings that govern {@code file}: the {@code --config} file, the nearest {@code .zwlint}, or none. */
    public ProjectFile projectFileFor(Path file) throws ProjectFileException {
        Optional<Path> given = overrides.configFile();
        if (given.isPresent()) {
            return readOnce(given.get().toAbsolutePath().normalize());
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        if (folder == null) {
            return ProjectFile.none(Path.of("").toAbsolutePath());
        }
        Optional<Path> found = nearestAbove(folder);
        return found.isPresent() ? readOnce(found.get()) : ProjectFile.none(folder);
    }

    private Optional<Path> nearestAbove(Path folder) {
        List<Path> visited = new ArrayList<>();
        Optional<Path> found = Optional.empty();
        for (Path at = folder; at != null; at = at.getParent()) {
            if (nearest.containsKey(at)) {
                found = nearest.getOrDefault(at, Optional.empty());
                break;
            }
            visited.add(at);
            Path candidate = at.resolve(ProjectFile.NAME);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
                break;
            }
        }
        for (Path at : visited) {
            nearest.put(at, found);
        }
        return found;
    }

    private ProjectFile readOnce(Path file) throws ProjectFileException {
        if (!read.containsKey(file)) {
            read.put(file, parser.read(file));
        }
        return read.getOrDefault(file, ProjectFile.none(file.getParent() == null ? file : file.getParent()));
    }

    /**
     * The build settings of {@code path} from the build file the front end or its {@code .zwlint}
     * names, read once per run.
     *
     * @throws ProjectFileException when that build file cannot be used at all
     */
    public Optional<BuildSettings> buildSettingsFor(ProjectFile governing, Path path) throws ProjectFileException {
        Optional<BuildSource> source = overrides.build().or(governing::build);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (!imported.containsKey(source.get())) {
            ImportedBuild fresh = switch (source.get()) {
                case BuildSource.Vcxproj vcxproj -> VcxprojImport.read(vcxproj.file(), vcxproj.configuration());
                case BuildSource.CompileCommands database -> CompileCommandsImport.read(database.file());
            };
            imported.put(source.get(), fresh);
            importDiagnostics.addAll(fresh.diagnostics());
        }
        return imported.getOrDefault(source.get(), new ImportedBuild(Optional.empty(), Map.of(), List.of()))
                .settingsFor(path);
    }

    /** What the build files read so far could not use, each at its file and line. */
    public List<org.zwlint.core.Diagnostic> importDiagnostics() {
        return List.copyOf(importDiagnostics);
    }

    /** The run configuration for the files a project file governs, with this resolver's overrides on top. */
    public ZwLintConfig resolve(ProjectFile file) {
        return resolve(file, Optional.empty());
    }

    /**
     * The run configuration with a build's settings between the {@code .zwlint}'s and the front
     * end's: defines and include directories add up (the build's after the file's), the front
     * end's and then the file's architecture and mode win over the build's.
     */
    public ZwLintConfig resolve(ProjectFile file, Optional<BuildSettings> build) {
        List<String> defineList = new ArrayList<>();
        Arch arch = overrides.arch().or(file::arch).or(() -> build.flatMap(BuildSettings::arch)).orElse(Arch.X64);
        if (arch == Arch.X86) {
            defineList.add("_X86_"); // the model header then sets up a 32-bit build (_M_IX86, no _WIN64)
        }
        defineList.addAll(file.defines());
        build.ifPresent(b -> defineList.addAll(b.defines()));
        defineList.addAll(overrides.defines());
        Map<String, String> defines = new LinkedHashMap<>(MacroDefinitions.parse(defineList));
        Set<String> undefines = new LinkedHashSet<>(file.undefines());
        build.ifPresent(b -> undefines.addAll(b.undefines()));
        undefines.addAll(overrides.undefines());
        if (arch == Arch.X86) {
            undefines.add("_WIN64");
        }
        overrides.defines().forEach(d -> undefines.remove(MacroDefinitions.parse(List.of(d)).keySet().iterator().next()));
        List<Path> includeDirs = new ArrayList<>(overrides.includeDirs());
        includeDirs.addAll(file.includeDirs());
        build.ifPresent(b -> includeDirs.addAll(b.includeDirs()));
        Optional<Path> wdk = overrides.wdkIncludeDir().or(file::wdkIncludeDir);
        ModeOverride mode = overrides.mode().or(file::mode).or(() -> build.flatMap(BuildSettings::mode))
                .orElse(ModeOverride.AUTO);
        // --mode on the command line is for the whole run: it overrides the file's per-path modes too.
        List<PathMode> pathModes = overrides.mode().isPresent() ? List.of() : file.pathModes();
        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Severity> levels = new LinkedHashMap<>();
        file.rules().forEach((rule, setting) -> {
            if (!setting.enabled()) {
                disabled.add(rule);
            }
            setting.level().ifPresent(level -> levels.put(rule, level));
        });
        levels.putAll(overrides.ruleLevels());
        disabled.removeAll(overrides.enable());
        disabled.addAll(overrides.disable());
        return new ZwLintConfig(defines, List.copyOf(undefines), includeDirs, wdk, disabled, mode, pathModes, levels);
    }

    /** The baseline the run uses: the front end's, else the governing file's. */
    public Optional<Path> baseline(ProjectFile file) {
        return overrides.baseline().or(file::baseline);
    }
}
