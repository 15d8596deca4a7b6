package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Applies fixes to a file's shared text buffer: the same document an open editor shows, so the
 * editor updates and one Undo reverts all of them. A buffer that was clean is saved afterwards, in
 * a job, with the file's own encoding; a dirty one is left for the user to save. Every edit is checked
 * against the text it was computed for before anything changes: all apply, or none.
 */
final class FixApplier {
    private FixApplier() {
    }

    static void apply(IFile file, FixRecord fix, IProgressMonitor monitor) throws CoreException {
        applyAll(file, List.of(fix), monitor);
    }

    static void applyAll(IFile file, List<FixRecord> fixes, IProgressMonitor monitor) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, monitor);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            if (buffer == null) {
                throw new CoreException(Status.error("no text buffer for " + path));
            }
            boolean wasDirty = buffer.isDirty();
            IDocument document = buffer.getDocument();
            List<FixRecord.EditRecord> edits = new ArrayList<>();
            fixes.forEach(fix -> edits.addAll(fix.edits()));
            edits.sort(Comparator.comparingInt(FixRecord.EditRecord::start));
            MultiTextEdit all = new MultiTextEdit();
            int covered = -1;
            for (FixRecord.EditRecord edit : edits) {
                String current = document.get(edit.start(), edit.end() - edit.start());
                if (!current.equals(edit.original())) {
                    throw new CoreException(Status.warning(path + " changed since it was analyzed: expected '"
                            + edit.original() + "' at offset " + edit.start() + " but found '" + current
                            + "'. Save to analyze it again, then fix."));
                }
                if (edit.start() < covered) {
                    continue; // two fixes for one place (a header finding seen twice): the first wins
                }
                all.addChild(new ReplaceEdit(edit.start(), edit.end() - edit.start(), edit.replacement()));
                covered = edit.end();
            }
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (undo != null) {
                undo.beginCompoundChange(); // one Undo for the whole fix, however many edits
            }
            try {
                all.apply(document);
            } finally {
                if (undo != null) {
                    undo.endCompoundChange();
                }
            }
            if (!wasDirty) {
                saveLater(manager, file);
            }
        } catch (BadLocationException | MalformedTreeException e) {
            throw new CoreException(Status.error("cannot apply the fixes to " + path, e));
        } finally {
            manager.disconnect(path, LocationKind.IFILE, monitor);
        }
    }

    /**
     * Saves the buffer in a workspace job: writing the file waits for the workspace (a running build)
     * and notifies its listeners, which the UI thread must not wait for. The buffer stays connected
     * for the job, so the fixed text is what it saves, open in an editor or not.
     */
    private static void saveLater(ITextFileBufferManager buffers, IFile file) throws CoreException {
        IPath path = file.getFullPath();
        buffers.connect(path, LocationKind.IFILE, null);
        WorkspaceJob save = new WorkspaceJob("ZwLint: saving the fixed " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                try {
                    ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
                    if (buffer != null && buffer.isDirty()) {
                        buffer.commit(monitor, false);
                    }
                    return Status.OK_STATUS;
                } finally {
                    buffers.disconnect(path, LocationKind.IFILE, null);
                }
            }
        };
        save.setRule(file.getWorkspace().getRuleFactory().modifyRule(file));
        save.setSystem(true);
        save.schedule();
    }
}
