package org.zwlint.ui.internal;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Finds the project a Configure-menu command was invoked on. */
final class NatureHandlerSupport {
    private NatureHandlerSupport() {
    }

    static Optional<IProject> selectedProject(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Optional.ofNullable(Adapters.adapt(structured.getFirstElement(), IProject.class));
        }
        return Optional.empty();
    }
}
