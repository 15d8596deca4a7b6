package org.zwlint.installtest.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/** The projects that lie in the workspace folder with their {@code .project}, but that the workspace does not know yet. */
final class ExistingProjects {
    private ExistingProjects() {
    }

    static void importAll(IWorkspace workspace, IProgressMonitor monitor) throws CoreException, IOException {
        IPath rootLocation = workspace.getRoot().getLocation();
        if (rootLocation == null) {
            throw new IOException("the workspace root has no location in the file system");
        }
        List<Path> descriptions;
        try (Stream<Path> children = Files.list(rootLocation.toPath())) {
            descriptions = children.map(child -> child.resolve(IProjectDescription.DESCRIPTION_FILE_NAME))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : descriptions) {
            IProjectDescription description = workspace.loadProjectDescription(IPath.fromPath(file));
            description.setLocation(null); // inside the workspace folder: its default location
            IProject project = workspace.getRoot().getProject(description.getName());
            if (!project.exists()) {
                project.create(description, monitor);
            }
            project.open(monitor);
        }
    }
}
