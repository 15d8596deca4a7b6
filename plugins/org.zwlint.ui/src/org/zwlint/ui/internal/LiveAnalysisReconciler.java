package org.zwlint.ui.internal;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Analysis while typing, for the editors of C files in ZwLint projects: each change (re)schedules
 * a {@link LiveAnalysisJob} after a short pause; the job analyzes the editor's text off the UI
 * thread and shows the findings as annotations, without saving. Markers follow on save, from the
 * builder. The listener itself only reschedules a job: no analysis work happens on the UI thread.
 */
public final class LiveAnalysisReconciler implements IReconciler {
    /** The pause after the last keystroke before the text is analyzed. */
    public static final long DELAY_MILLIS = 300;

    private @Nullable IDocument document;
    private @Nullable LiveAnalysisJob job;
    private final IDocumentListener changes = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // nothing to do before the change
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            LiveAnalysisJob current = job;
            if (current != null) {
                current.cancel();
                current.schedule(DELAY_MILLIS);
            }
        }
    };
    private final ITextInputListener inputs = new ITextInputListener() {
        @Override
        public void inputDocumentAboutToBeChanged(@Nullable IDocument oldInput, @Nullable IDocument newInput) {
            detach();
        }

        @Override
        public void inputDocumentChanged(@Nullable IDocument oldInput, @Nullable IDocument newInput) {
            attach(newInput);
        }
    };
    private @Nullable ITextViewer viewer;

    @Override
    public void install(ITextViewer textViewer) {
        viewer = textViewer;
        textViewer.addTextInputListener(inputs);
        attach(textViewer.getDocument());
    }

    @Override
    public void uninstall() {
        ITextViewer current = viewer;
        if (current != null) {
            current.removeTextInputListener(inputs);
        }
        detach();
        viewer = null;
    }

    @Override
    public @Nullable IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null; // the whole text is analyzed; there is no per-partition strategy
    }

    private void attach(@Nullable IDocument newDocument) {
        if (newDocument == null) {
            return;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(newDocument);
        if (buffer == null || buffer.getLocation().segmentCount() < 2) {
            return; // not a workspace file: no project, no ZwLint settings
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        if (!isZwLintProject(file)) {
            return; // ZwLint stays asleep in projects that did not enable it
        }
        document = newDocument;
        LiveAnalysisJob created = new LiveAnalysisJob(file, buffer);
        job = created;
        newDocument.addDocumentListener(changes);
        // Scheduling sends the job managers' events, which waits for other threads sending theirs
        // (53 ms of an editor's opening in one run): the UI thread leaves that to the common pool.
        java.util.concurrent.CompletableFuture.runAsync(created::prime);
    }

    private void detach() {
        IDocument current = document;
        if (current != null) {
            current.removeDocumentListener(changes);
        }
        LiveAnalysisJob running = job;
        if (running != null) {
            running.dispose();
        }
        document = null;
        job = null;
    }

    private static boolean isZwLintProject(IFile file) {
        try {
            return file.getProject().isOpen() && file.getProject().hasNature(ZwLintPlugin.NATURE_ID);
        } catch (CoreException e) {
            return false;
        }
    }
}
