package org.zwlint.ui.internal;

import java.util.Comparator;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * Applies a fix to a file's shared text buffer: the same document an open editor shows, so the
 * editor updates and its Undo reverts the fix. A buffer that was clean is saved afterwards, with
 * the file's own encoding; a dirty one is left for the user to save.
 */
final class FixApplier {
    private FixApplier() {
    }

    static void apply(IFile file, FixRecord fix, IProgressMonitor monitor) throws CoreException {
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
            MultiTextEdit edits = new MultiTextEdit();
            for (FixRecord.EditRecord edit : fix.edits().stream()
                    .sorted(Comparator.comparingInt(FixRecord.EditRecord::start)).toList()) {
                String current = document.get(edit.start(), edit.end() - edit.start());
                if (!current.equals(edit.original())) {
                    throw new CoreException(Status.error(path + " changed since it was analyzed: expected '"
                            + edit.original() + "' at offset " + edit.start() + " but found '" + current
                            + "'. Rebuild and try the fix again."));
                }
                edits.addChild(new ReplaceEdit(edit.start(), edit.end() - edit.start(), edit.replacement()));
            }
            edits.apply(document);
            if (!wasDirty) {
                buffer.commit(monitor, false);
            }
        } catch (BadLocationException | MalformedTreeException e) {
            throw new CoreException(Status.error("cannot apply '" + fix.label() + "' to " + path, e));
        } finally {
            manager.disconnect(path, LocationKind.IFILE, monitor);
        }
    }
}
