package org.zwlint.ui.internal;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.ui.ZwLintPlugin;

/** Marks a project for ZwLint and installs its builder in the project's build spec. */
public final class ZwLintNature implements IProjectNature {
    private @Nullable IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = requireProject().getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> ZwLintPlugin.BUILDER_ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(ZwLintPlugin.BUILDER_ID);
        ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
        updated[commands.length] = command;
        description.setBuildSpec(updated);
        requireProject().setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProject current = requireProject();
        IProjectDescription description = current.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !ZwLintPlugin.BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        current.setDescription(description, null);
        current.deleteMarkers(ZwLintPlugin.MARKER_TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public @Nullable IProject getProject() {
        return project;
    }

    @Override
    public void setProject(@Nullable IProject project) {
        this.project = project;
    }

    private IProject requireProject() {
        IProject current = project;
        if (current == null) {
            throw new IllegalStateException("nature has no project");
        }
        return current;
    }
}
