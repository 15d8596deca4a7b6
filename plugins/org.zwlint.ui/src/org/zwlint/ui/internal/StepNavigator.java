package org.zwlint.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.zwlint.ui.ZwLintPlugin;

/** Opens the file of a witness step and selects the step's range. */
final class StepNavigator {
    private StepNavigator() {
    }

    static void reveal(IWorkbenchPage page, WitnessStepRecord step) {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(Path.of(step.location())));
        if (file == null || !file.exists()) {
            return; // a header outside the workspace (the WDK's): nothing to open in it
        }
        try {
            IEditorPart editor = IDE.openEditor(page, file, true);
            if (editor instanceof ITextEditor text) {
                text.selectAndReveal(step.start(), Math.max(0, step.end() - step.start()));
            }
        } catch (PartInitException e) {
            ZwLintPlugin.getDefault().getLog().log(Status.warning("cannot open " + file.getFullPath(), e));
        }
    }

    static String shortName(WitnessStepRecord step) {
        Path name = Path.of(step.location()).getFileName();
        return name == null ? step.location() : name.toString();
    }
}
