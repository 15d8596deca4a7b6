package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.ProjectGroups;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;

/**
 * The other units of an edited .c file's driver project, as saved, so that the text being typed
 * is analyzed with its callers and helpers in other files, as the build and the CLI analyze it.
 * A header being edited is analyzed alone: its includers on disk still hold its old text.
 */
final class LiveGroup {
    private LiveGroup() {
    }

    static List<SourceFile> otherUnits(IFile edited, Path path, ZwLintConfig config) {
        if (!"c".equalsIgnoreCase(edited.getFileExtension())) {
            return List.of();
        }
        IContainer root = edited.getWorkspace().getRoot()
                .getContainerForLocation(IPath.fromPath(new ProjectGroups().projectRoot(path)));
        if (root == null || !root.exists() || !edited.getProject().equals(root.getProject())) {
            return List.of(); // a project folder outside the workspace's view: the file alone
        }
        List<IFile> sources = new ArrayList<>();
        try {
            root.accept(resource -> {
                if (resource instanceof IFile file && file.exists()
                        && SourceCollector.isCSource(Path.of(file.getName()))) {
                    sources.add(file);
                }
                return true;
            });
            List<SourceFile> others = new ArrayList<>();
            for (DriverGroup group : DriverGroups.of(edited.getProject(), sources, new ProjectSettings(),
                    new ArrayList<>())) {
                if (group.config().equals(config) && group.units().contains(edited)) {
                    for (IFile unit : group.units()) {
                        if (!unit.equals(edited)) {
                            read(unit).ifPresent(others::add);
                        }
                    }
                }
            }
            return others;
        } catch (CoreException e) {
            return List.of(); // the folder changed under us: the next analysis sees it settled
        }
    }

    private static java.util.Optional<SourceFile> read(IFile file) throws CoreException {
        IPath location = file.getLocation();
        if (location == null) {
            return java.util.Optional.empty();
        }
        try (InputStream in = file.getContents(true)) {
            return java.util.Optional.of(SourceFile.decode(location.toPath(), in.readAllBytes()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
