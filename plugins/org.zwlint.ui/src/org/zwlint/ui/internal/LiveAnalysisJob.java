package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Analyzes one open buffer's current text and shows its findings as annotations of the buffer's
 * annotation model (what the editor paints). While these live annotations stand, the file's
 * ZwLint marker annotations are hidden: they describe the saved text. When the buffer turns
 * clean again (saved or reverted) the live annotations go and the markers speak again; the
 * builder renews them on save. Runs under a per-project rule of its own ({@link ProjectAnalysisRule}),
 * cancellable, and drops its result when the text changed while it ran.
 */
public final class LiveAnalysisJob extends Job {
    /** Annotations of this class are the live ones; their type is the markers' (same icons and colours). */
    static final class LiveAnnotation extends Annotation {
        LiveAnnotation(String type, String text) {
            super(type, false, text);
        }
    }

    /** The family of the jobs that analyze editors' texts. */
    public static final Object FAMILY = LiveAnalysisJob.class;

    /** The jobs of the open editors, to prime after a build. */
    private static final java.util.Set<LiveAnalysisJob> ATTACHED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicLong PRIMED = new java.util.concurrent.atomic.AtomicLong();

    private static volatile long lastMillis = -1;
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    private final IFile file;
    private final ITextFileBuffer buffer;
    private final List<LiveAnnotation> shown = new ArrayList<>();
    private final IFileBufferListener saves = new BufferCleanListener();
    /** Set while the next run only primes the incremental state (no keystroke asked for it). */
    private final java.util.concurrent.atomic.AtomicBoolean priming = new java.util.concurrent.atomic.AtomicBoolean();

    LiveAnalysisJob(IFile file, ITextFileBuffer buffer) {
        super("ZwLint: analyzing " + file.getName());
        this.file = file;
        this.buffer = buffer;
        setRule(new ProjectAnalysisRule(file.getProject()));
        setSystem(true);
        FileBuffers.getTextFileBufferManager().addFileBufferListener(saves);
        ATTACHED.add(this);
    }

    /**
     * Analyzes the saved text in the background, so that the incremental analysis keeps its state by
     * function: the first keystroke then reanalyzes only what it reaches, as the later ones do. The
     * build keeps that state for a file that is a project of its own; a file of a driver project of
     * several files is primed here, when its editor opens and after each build of its project (a
     * full build or a header change forgets the state). Nothing is shown: the markers describe that
     * text already. A keystroke meanwhile cancels the priming and analyzes the new text instead.
     */
    void prime() {
        if (ATTACHED.contains(this) && !buffer.isDirty() && getState() == NONE) { // the editor may have closed meanwhile
            priming.set(true);
            schedule();
        }
    }

    /** Primes the editors' analyses of the project's files (after its build, which may have forgotten them). */
    static void primeAll(org.eclipse.core.resources.IProject project) {
        for (LiveAnalysisJob job : ATTACHED) {
            if (job.file.getProject().equals(project)) {
                job.prime();
            }
        }
    }

    /** How many runs primed the state without a keystroke (for the benchmark). */
    public static long primed() {
        return PRIMED.get();
    }

    /** How long the last analysis of an editor's text took, in milliseconds (-1 before the first). */
    public static long lastAnalysisMillis() {
        return lastMillis;
    }

    /** How many analyses of editor texts have completed; with {@link #lastAnalysisMillis()} for the benchmark. */
    public static long analysesRun() {
        return RUNS.get();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    void dispose() {
        ATTACHED.remove(this);
        cancel();
        FileBuffers.getTextFileBufferManager().removeFileBufferListener(saves);
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> show(List.of()));
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        boolean primingRun = priming.getAndSet(false) && !buffer.isDirty(); // typed meanwhile: a keystroke's run
        IDocument document = buffer.getDocument();
        long stamp = stamp(document);
        String text = document.get();
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        IPath location = file.getLocation();
        Path path = location != null ? location.toPath() : Path.of(file.getFullPath().toString());
        if (!(new ProjectSettings().forPath(path) instanceof FileSettings.Usable settings)) {
            return Status.OK_STATUS; // an unusable .zwlint: its marker says so, and the saved markers stand
        }
        long start = System.nanoTime();
        long generation = RecentAnalyses.generation();
        AnalysisResult result;
        List<SourceFile> units = new ArrayList<>();
        units.add(SourceFile.of(path, text));
        units.addAll(LiveGroup.otherUnits(file, path, settings.config()));
        if (primingRun && ZwLintPlugin.getDefault().liveAnalysis().holds(units, settings.config())) {
            return rehearse(units, settings, monitor); // the state is there already (the build or typing left it)
        }
        try {
            // Typed on meanwhile: the analysis stops at its next step, and the next run has the newer text.
            java.util.function.BooleanSupplier stale = () -> monitor.isCanceled() || stamp(document) != stamp;
            // Only the functions of the edited file that the edits reach are analyzed again (the project's
            // other files in full, as saved).
            result = ZwLintPlugin.getDefault().liveAnalysis().analyzeProject(units, settings.config(), stale);
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        }
        if (primingRun) {
            PRIMED.incrementAndGet();
        } else {
            lastMillis = (System.nanoTime() - start) / 1_000_000;
            RUNS.incrementAndGet();
        }
        RecentAnalyses.remember(units, settings.config(), result, generation);
        if (primingRun) {
            return rehearse(units, settings, monitor); // nothing to show: the markers describe this text
        }
        if (monitor.isCanceled() || stamp(document) != stamp) {
            return Status.CANCEL_STATUS; // typed on meanwhile: the next run has the newer text
        }
        List<Finding> own = result.findings().stream().filter(f -> f.range().file().equals(path)).toList();
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (stamp(document) == stamp && buffer.isDirty()) {
                show(own);
            }
        });
        return Status.OK_STATUS;
    }

    /** Warms the by-function analysis up on a made-up edit, so that the first keystroke is as fast as the next. */
    private static IStatus rehearse(List<SourceFile> units, FileSettings.Usable settings, IProgressMonitor monitor) {
        try {
            ZwLintPlugin.getDefault().liveAnalysis().rehearse(units, settings.config(), monitor::isCanceled);
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : document.hashCode();
    }

    /** Replaces the live annotations with these findings' (none: back to the markers). UI thread. */
    private void show(List<Finding> findings) {
        IAnnotationModel model = buffer.getAnnotationModel();
        if (!(model instanceof IAnnotationModelExtension extension)) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Finding finding : findings) {
            added.put(new LiveAnnotation(annotationType(finding.severity()), finding.ruleId() + ": " + finding.message()),
                    new Position(finding.range().startOffset(), finding.range().length()));
        }
        hideMarkers(model, !findings.isEmpty() || buffer.isDirty());
        extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
        shown.clear();
        added.keySet().forEach(a -> shown.add((LiveAnnotation) a));
    }

    private static void hideMarkers(IAnnotationModel model, boolean hide) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation annotation && isZwLint(annotation)) {
                annotation.markDeleted(hide);
            }
        }
    }

    private static boolean isZwLint(MarkerAnnotation annotation) {
        try {
            return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(ZwLintPlugin.MARKER_TYPE);
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    static String annotationType(Severity severity) {
        return switch (severity) {
            case ERROR -> "org.zwlint.ui.error";
            case WARNING -> "org.zwlint.ui.warning";
            case NOTE -> "org.zwlint.ui.info";
        };
    }

    /** A clean buffer (saved, reverted) shows the markers again. */
    private final class BufferCleanListener implements IFileBufferListener {
        @Override
        public void dirtyStateChanged(IFileBuffer changed, boolean isDirty) {
            if (changed == buffer && !isDirty) {
                cancel();
                Display display = PlatformUI.getWorkbench().getDisplay();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> show(List.of()));
                }
            }
        }

        @Override
        public void bufferCreated(@Nullable IFileBuffer created) {
        }

        @Override
        public void bufferDisposed(@Nullable IFileBuffer disposed) {
        }

        @Override
        public void bufferContentAboutToBeReplaced(@Nullable IFileBuffer target) {
        }

        @Override
        public void bufferContentReplaced(@Nullable IFileBuffer target) {
        }

        @Override
        public void stateChanging(@Nullable IFileBuffer target) {
        }

        @Override
        public void stateValidationChanged(@Nullable IFileBuffer target, boolean isStateValidated) {
        }

        @Override
        public void stateChangeFailed(@Nullable IFileBuffer target) {
        }

        @Override
        public void underlyingFileMoved(@Nullable IFileBuffer target, @Nullable IPath path) {
        }

        @Override
        public void underlyingFileDeleted(@Nullable IFileBuffer target) {
        }
    }
}
