package org.zwlint.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.ui.ZwLintPlugin;

/**
 * A problem marker on each {@code .zwlint} of a project that cannot be used, at the line the
 * parser names, so that a typo in the file shows in the Problems view and the editor instead of
 * silently changing the findings. The files it governs are not analyzed until it is fixed.
 */
final class ProjectFileMarkers {
    /** The marker type, a problem and text marker of its own (it has no rule and no witness). */
    static final String TYPE = ZwLintPlugin.ID + ".projectFileProblem";

    private ProjectFileMarkers() {
    }

    /** Checks every {@code .zwlint} of the project and renews its markers. Inside a workspace operation. */
    static void renew(IProject project, ProjectSettings settings) throws CoreException {
        project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        project.accept(resource -> {
            if (resource instanceof IFile file && ProjectFile.NAME.equals(file.getName())) {
                IPath location = file.getLocation();
                if (location != null && settings.forPath(location.toPath()) instanceof FileSettings.Invalid invalid) {
                    mark(file, invalid.problem());
                }
            }
            return true;
        });
    }

    private static void mark(IFile file, ProjectFileException problem) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        String where = problem.file() + ":" + problem.line() + ": ";
        String message = problem.getMessage();
        attributes.put(IMarker.MESSAGE, "ZwLint: " + (message != null && message.startsWith(where)
                ? message.substring(where.length()) : message));
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.LINE_NUMBER, Math.max(1, problem.line()));
        attributes.put(IMarker.SOURCE_ID, "ZwLint");
        file.createMarker(TYPE, attributes);
    }
}
