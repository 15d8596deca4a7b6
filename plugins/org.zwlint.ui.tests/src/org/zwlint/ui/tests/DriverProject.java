package org.zwlint.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.zwlint.ui.ZwLintPlugin;
import org.zwlint.ui.internal.ProjectNatures;

/** A fresh workspace project with ZwLint enabled, as a user gets it from Configure > Enable ZwLint. */
final class DriverProject {
    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("driver" + System.nanoTime());

    DriverProject() {
        try {
            project.create(null);
            project.open(null);
            ProjectNatures.enable(project, new NullProgressMonitor());
        } catch (CoreException e) {
            throw new AssertionError("cannot create a ZwLint project", e);
        }
    }

    IProject project() {
        return project;
    }

    IFile add(String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    void delete() throws CoreException {
        project.delete(true, true, null);
    }

    static List<IMarker> markers(IResource resource, String ruleId) throws CoreException {
        return Arrays.stream(resource.findMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_INFINITE))
                .filter(m -> ruleId.equals(m.getAttribute("ruleId", "")))
                .sorted(java.util.Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, -1))).toList();
    }

    static String read(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | CoreException e) {
            throw new AssertionError(e);
        }
    }
}
