package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.config.ZwLintConfig;

/**
 * The settings that govern one file: the configuration to analyze it with, the {@code .zwlint}
 * they came from (none: the workspace preferences), or the problem that makes the governing
 * {@code .zwlint} unusable, in which case the file is not analyzed.
 */
sealed interface FileSettings {
    /** The file is analyzed with {@code config}; {@code projectFile} is present when a {@code .zwlint} gave it. */
    record Usable(ZwLintConfig config, Optional<ProjectFile> projectFile) implements FileSettings {
        /** Whether the {@code .zwlint}'s source and exclude globs leave this file in. */
        boolean selects(Path file) {
            return projectFile.map(p -> p.selects(file)).orElse(true);
        }
    }

    /** The governing {@code .zwlint} cannot be read; the problem names its line. */
    record Invalid(ProjectFileException problem) implements FileSettings {
    }
}
