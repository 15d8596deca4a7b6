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
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Shows a witness step in its file's editor and selects the step's range. An editor already open on
 * the file is brought to the top, no more: opening it again would look up its editor and content
 * type, and activating it (which only Enter or a double click asks for) switches the workbench's
 * active part, its action sets, menus and key bindings. What the editor does when its selection
 * changes (the status line's position, the navigation history) is the editor's own reaction, the
 * same as for a click into it.
 */
final class StepNavigator {
    private StepNavigator() {
    }

    static void reveal(IWorkbenchPage page, WitnessStepRecord step, boolean activate) {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(Path.of(step.location())));
        if (file == null || !file.exists()) {
            return; // a header outside the workspace (the WDK's): nothing to open in it
        }
        IEditorPart editor = page.findEditor(new FileEditorInput(file));
        try {
            if (editor == null) {
                editor = IDE.openEditor(page, file, activate);
            } else if (activate) {
                page.activate(editor);
            } else if (!page.isPartVisible(editor)) {
                page.bringToTop(editor);
            }
        } catch (PartInitException e) {
            ZwLintPlugin.getDefault().getLog().log(Status.warning("cannot open " + file.getFullPath(), e));
            return;
        }
        if (editor instanceof ITextEditor text) {
            text.selectAndReveal(step.start(), Math.max(0, step.end() - step.start()));
        }
    }

    static String shortName(WitnessStepRecord step) {
        Path name = Path.of(step.location()).getFileName();
        return name == null ? step.location() : name.toString();
    }
}
