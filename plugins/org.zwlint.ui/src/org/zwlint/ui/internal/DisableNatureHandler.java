package org.zwlint.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/** Project &gt; Configure &gt; Disable ZwLint. */
public final class DisableNatureHandler extends AbstractHandler {
    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        var project = NatureHandlerSupport.selectedProject(event);
        if (project.isPresent()) {
            try {
                ProjectNatures.disable(project.get(), new NullProgressMonitor());
            } catch (CoreException e) {
                throw new ExecutionException("cannot disable ZwLint on " + project.get().getName(), e);
            }
        }
        return null;
    }
}
