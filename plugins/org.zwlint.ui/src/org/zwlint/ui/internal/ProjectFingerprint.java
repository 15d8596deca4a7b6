package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.config.ConfigFingerprint;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.source.SourceCollector;

/**
 * The configuration fingerprint of a project's analysis: the eight hex digits {@code zwlint check}
 * prints at the end of its summary line, for the settings the builder analyzes the project's files
 * with. Equal digits in the IDE and in CI mean the same settings; a file that no {@code .zwlint}
 * governs is analyzed here with the workspace preferences, and its paths count from the project's
 * folder (the CLI's: from where it runs, the checkout's root).
 */
final class ProjectFingerprint {
    private ProjectFingerprint() {
    }

    /** Empty when the project has no file to analyze or its location is not on the file system. */
    static Optional<String> of(IProject project) throws CoreException {
        IPath location = project.getLocation();
        if (location == null || !project.isOpen()) {
            return Optional.empty();
        }
        List<IFile> sources = new ArrayList<>();
        project.accept(resource -> {
            if (resource instanceof IFile file && file.exists() && SourceCollector.isCSource(Path.of(file.getName()))) {
                sources.add(file);
            }
            return true;
        });
        ProjectSettings settings = new ProjectSettings();
        List<ConfigFingerprint.Configured> configurations = new ArrayList<>();
        for (DriverGroup group : DriverGroups.of(project, sources, settings, new ArrayList<>())) {
            for (IFile unit : group.units()) {
                if (settings.forFile(unit) instanceof FileSettings.Usable usable) {
                    ConfigFingerprint.Configured configured = new ConfigFingerprint.Configured(usable.config(),
                            usable.projectFile().map(ProjectFile::folder).orElse(location.toPath()));
                    if (!configurations.contains(configured)) {
                        configurations.add(configured);
                    }
                }
            }
        }
        return configurations.isEmpty() ? Optional.empty() : Optional.of(ConfigFingerprint.of(configurations));
    }
}
