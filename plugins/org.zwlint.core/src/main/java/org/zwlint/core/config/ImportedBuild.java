package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.Diagnostic;

/**
 * What a build file gave: settings for every file of the project (a {@code .vcxproj}) or per file
 * (a {@code compile_commands.json}), and what it could not use, each with its file and line.
 */
public record ImportedBuild(Optional<BuildSettings> forAll, Map<Path, BuildSettings> perFile,
        List<Diagnostic> diagnostics) {
    public ImportedBuild {
        perFile = Map.copyOf(perFile);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The settings of {@code file}: its own entry, else the project's. */
    public Optional<BuildSettings> settingsFor(Path file) {
        BuildSettings own = perFile.get(file.toAbsolutePath().normalize());
        return own != null ? Optional.of(own) : forAll;
    }
}
