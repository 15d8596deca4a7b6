package org.zwlint.ui.internal;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.zwlint.ui.ZwLintPlugin;

/** Adds or removes the ZwLint nature on a project (its configure/deconfigure then edit the build spec). */
public final class ProjectNatures {
    private ProjectNatures() {
    }

    public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(ZwLintPlugin.NATURE_ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        String[] natures = description.getNatureIds();
        String[] updated = Arrays.copyOf(natures, natures.length + 1);
        updated[natures.length] = ZwLintPlugin.NATURE_ID;
        description.setNatureIds(updated);
        project.setDescription(description, monitor);
    }

    public static void disable(IProject project, IProgressMonitor monitor) throws CoreException {
        if (!project.hasNature(ZwLintPlugin.NATURE_ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        description.setNatureIds(Arrays.stream(description.getNatureIds())
                .filter(id -> !ZwLintPlugin.NATURE_ID.equals(id)).toArray(String[]::new));
        project.setDescription(description, monitor);
    }
}
