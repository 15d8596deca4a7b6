package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
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
import org.zwlint.ui.ZwLintPlugin;

/**
 * Applies fixes to a file's shared text buffer: the same document an open editor shows, so the
 * editor updates and one Undo reverts all of them. Only a file whose buffer is open (an editor shows
 * it) is edited on the calling UI thread, and there only the document change itself; a file nobody has
 * open is read, fixed and written in a job. A buffer that was clean is saved afterwards, in a job, with
 * the file's own encoding; a dirty one is left for the user to save. Every edit is checked against the
 * text it was computed for before anything changes: all apply, or none. The markers the fixes dealt
 * with are removed after the save (removing them while the save's annotation model still updates them
 * logged "Marker id not found").
 */
final class FixApplier {
    private FixApplier() {
    }

    static void applyAll(IFile file, List<FixRecord> fixes, List<IMarker> fixed) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        if (manager.getTextFileBuffer(path, LocationKind.IFILE) == null) {
            applyLater(manager, file, fixes, fixed);
            return;
        }
        manager.connect(path, LocationKind.IFILE, null); // open already: counts a connection, reads nothing
        try {
            ITextFileBuffer buffer = buffer(manager, path);
            boolean wasDirty = buffer.isDirty();
            edit(buffer.getDocument(), fixes, path);
            if (wasDirty) {
                FixedMarkers.removeLater(fixed);
            } else {
                saveLater(manager, file, fixed);
            }
        } finally {
            manager.disconnect(path, LocationKind.IFILE, null);
        }
    }

    private static ITextFileBuffer buffer(ITextFileBufferManager manager, IPath path) throws CoreException {
        ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
        if (buffer == null) {
            throw new CoreException(Status.error("no text buffer for " + path));
        }
        return buffer;
    }

    /** Checks every edit against the document, then changes it: one replace for one edit, else one tree of edits. */
    private static void edit(IDocument document, List<FixRecord> fixes, IPath path) throws CoreException {
        List<FixRecord.EditRecord> edits = new ArrayList<>();
        fixes.forEach(fix -> edits.addAll(fix.edits()));
        edits.sort(Comparator.comparingInt(FixRecord.EditRecord::start));
        List<FixRecord.EditRecord> applied = new ArrayList<>();
        int covered = -1;
        try {
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
                applied.add(edit);
                covered = edit.end();
            }
            if (applied.size() == 1) {
                FixRecord.EditRecord only = applied.get(0);
                document.replace(only.start(), only.end() - only.start(), only.replacement());
                return;
            }
            MultiTextEdit all = new MultiTextEdit();
            applied.forEach(edit -> all.addChild(new ReplaceEdit(edit.start(), edit.end() - edit.start(),
                    edit.replacement())));
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
        } catch (BadLocationException | MalformedTreeException e) {
            throw new CoreException(Status.error("cannot apply the fixes to " + path, e));
        }
    }

    /** A file no editor shows: reading, fixing and writing it all wait for the workspace, in a job. */
    private static void applyLater(ITextFileBufferManager buffers, IFile file, List<FixRecord> fixes,
            List<IMarker> fixed) {
        IPath path = file.getFullPath();
        WorkspaceJob job = new WorkspaceJob("ZwLint: fixing " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    buffers.connect(path, LocationKind.IFILE, monitor);
                    try {
                        ITextFileBuffer buffer = buffer(buffers, path);
                        edit(buffer.getDocument(), fixes, path);
                        buffer.commit(monitor, false);
                    } finally {
                        buffers.disconnect(path, LocationKind.IFILE, monitor);
                    }
                    remove(file, fixed);
                } catch (CoreException e) {
                    ZwLintPlugin.getDefault().getLog().log(new Status(e.getStatus().getSeverity(), ZwLintPlugin.ID,
                            "ZwLint fix not applied to " + path + ": " + e.getStatus().getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.getWorkspace().getRuleFactory().modifyRule(file));
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Saves the buffer in a workspace job: writing the file waits for the workspace (a running build)
     * and notifies its listeners, which the UI thread must not wait for. The buffer stays connected
     * for the job, so the fixed text is what it saves, open in an editor or not.
     */
    private static void saveLater(ITextFileBufferManager buffers, IFile file, List<IMarker> fixed) throws CoreException {
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
                } finally {
                    buffers.disconnect(path, LocationKind.IFILE, null);
                }
                remove(file, fixed);
                return Status.OK_STATUS;
            }
        };
        save.setRule(file.getWorkspace().getRuleFactory().modifyRule(file));
        save.setSystem(true);
        save.schedule();
    }

    private static void remove(IFile file, List<IMarker> fixed) throws CoreException {
        if (!fixed.isEmpty()) {
            file.getWorkspace().deleteMarkers(fixed.toArray(IMarker[]::new)); // those already gone are skipped
        }
    }
}
