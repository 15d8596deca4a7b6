package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ConfigResolver;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Resolves the settings of workspace files as the CLI does: the nearest {@code .zwlint} in the
 * file's folder or above governs it, and then it alone speaks (a team commits it and gets the
 * same findings everywhere); a file no {@code .zwlint} governs is analyzed with the workspace
 * preferences. One instance per build or analysis: it remembers the files it has read, so an
 * edited {@code .zwlint} is read again by the next one.
 */
final class ProjectSettings {
    private final ConfigResolver resolver = new ConfigResolver(ZwLintPlugin.getDefault().catalog().all().stream()
            .map(RuleDescription::id).collect(Collectors.toSet()), ConfigOverrides.none());

    FileSettings forFile(IFile file) {
        IPath location = file.getLocation();
        if (location == null) {
            return new FileSettings.Usable(ZwLintPreferences.config(), Optional.empty());
        }
        return forPath(location.toPath());
    }

    FileSettings forPath(Path path) {
        try {
            ProjectFile projectFile = resolver.projectFileFor(path);
            if (!java.nio.file.Files.isRegularFile(projectFile.file())) {
                return new FileSettings.Usable(ZwLintPreferences.config(), Optional.empty());
            }
            return new FileSettings.Usable(resolver.resolve(projectFile), Optional.of(projectFile));
        } catch (ProjectFileException e) {
            return new FileSettings.Invalid(e);
        }
    }
}
