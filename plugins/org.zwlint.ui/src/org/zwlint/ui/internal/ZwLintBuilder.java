package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.HeaderSelection;
import org.zwlint.core.source.ProjectGroups;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Analyzes the .c and .h files of a ZwLint project as the CLI analyzes their folder: grouped into
 * driver projects ({@link DriverGroups}), each analyzed as one, so a helper in one file gets its
 * context from its callers in another. A full build analyzes every group; an incremental build the
 * groups of the changed files and of the .c files that include a changed header (through any chain
 * of headers). Every group is analyzed first; only then, in one workspace operation, are the
 * markers replaced, so a build cancelled half-way leaves the markers of the last complete build,
 * and the next build starts over. It holds only its project as scheduling rule.
 */
public final class ZwLintBuilder extends IncrementalProjectBuilder {
    private record Analyzed(DriverGroup group, Map<Path, SourceFile> texts, AnalysisResult result) {
    }

    /** The name of the file whose change makes every file's settings new. */
    private static final String PROJECT_FILE = ProjectFile.NAME;

    @Override
    public ISchedulingRule getRule(int kind, Map<String, String> args) {
        return getProject();
    }

    @Override
    protected IProject @Nullable [] build(int kind, Map<String, String> args,
            IProgressMonitor monitor) throws CoreException {
        try {
            buildFiles(kind, monitor);
        } catch (OperationCanceledException e) {
            forgetLastBuiltState(); // the changes of this delta are not analyzed: the next build does all
            throw e;
        }
        return null;
    }

    private void buildFiles(int kind, IProgressMonitor monitor) throws CoreException {
        ProjectSettings settings = new ProjectSettings();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && touchesProjectFile(delta)) {
            delta = null; // new settings: every file's findings may change
        }
        if (delta != null && removesSource(delta)) {
            delta = null; // a file gone: its project's other files lose callers or helpers
        }
        if (delta == null) {
            RecentAnalyses.forgetAll(); // a full build starts from the files alone
        }
        Set<IFile> changed = delta == null ? Set.of() : affected(delta, includeDirs(settings));
        List<IFile> leftOut = new ArrayList<>();
        List<DriverGroup> groups = new ArrayList<>();
        for (DriverGroup group : DriverGroups.of(getProject(), allSources(), settings, leftOut)) {
            if (delta == null || group.members().values().stream().anyMatch(changed::contains)) {
                groups.add(group); // a changed file's whole project: its callers in other files may see new summaries
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "ZwLint: analyzing " + getProject().getName(),
                groups.stream().mapToInt(g -> g.units().size()).sum() + 1);
        List<Analyzed> analyzed = new ArrayList<>();
        // The groups are independent: analyzed on every core, as the CLI analyzes them; progress
        // and the user's cancel are taken here, group after group, in order.
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(groups.size(), Runtime.getRuntime().availableProcessors())), work -> {
                    Thread thread = new Thread(work, "ZwLint analysis of " + getProject().getName());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<java.util.Optional<Analyzed>>> pending = new ArrayList<>();
            for (DriverGroup group : groups) {
                pending.add(workers.submit(() -> analyze(group, () -> stop.get() || monitor.isCanceled())));
            }
            for (int i = 0; i < groups.size(); i++) {
                DriverGroup group = groups.get(i);
                progress.subTask(group.units().size() == 1 ? group.units().get(0).getName()
                        : group.root().getFileName() + " (" + group.units().size() + " files)");
                waitFor(pending.get(i), monitor).ifPresent(analyzed::add);
                progress.split(group.units().size()); // throws OperationCanceledException once the user cancels
            }
            progress.checkCanceled();
        } catch (OperationCanceledException e) {
            stop.set(true); // the analyses still running stop at their next step
            throw e;
        } finally {
            workers.shutdownNow();
        }
        getProject().getWorkspace().run(writing -> {
            ProjectFileMarkers.renew(getProject(), settings);
            for (IFile file : leftOut) {
                if (file.exists()) {
                    file.deleteMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_ZERO);
                }
            }
            for (Analyzed one : analyzed) {
                MarkerWriter.replaceGroupMarkers(one.group().members(), one.texts(), one.result());
            }
        }, getProject(), IWorkspace.AVOID_UPDATE, progress.split(1));
        // The open editors' incremental state, from the texts just built, in the background: their
        // next keystroke is then analyzed by function (runs once this build releases the project).
        LiveAnalysisJob.primeAll(getProject());
    }

    private List<IFile> allSources() throws CoreException {
        List<IFile> files = new ArrayList<>();
        getProject().accept(resource -> {
            if (resource instanceof IFile file && isSource(file)) {
                files.add(file);
            }
            return true;
        });
        return files;
    }

    /** The include directories that find the project's headers: those of the project's own settings. */
    private List<Path> includeDirs(ProjectSettings settings) {
        IPath location = getProject().getLocation();
        if (location != null && settings.forPath(location.toPath()) instanceof FileSettings.Usable usable) {
            return usable.config().includeDirs();
        }
        return ZwLintPreferences.config().includeDirs();
    }

    private static boolean removesSource(IResourceDelta delta) throws CoreException {
        boolean[] removed = {false};
        delta.accept(child -> {
            if (child.getKind() == IResourceDelta.REMOVED && child.getResource() instanceof IFile file
                    && SourceCollector.isCSource(Path.of(file.getName()))) {
                removed[0] = true;
            }
            return !removed[0];
        });
        return removed[0];
    }

    private static boolean touchesProjectFile(IResourceDelta delta) throws CoreException {
        boolean[] touched = {false};
        delta.accept(child -> {
            if (PROJECT_FILE.equals(child.getResource().getName()) && child.getResource() instanceof IFile) {
                touched[0] = true;
            }
            return !touched[0];
        });
        return touched[0];
    }

    private Set<IFile> affected(IResourceDelta delta, List<Path> includeDirs) throws CoreException {
        Set<IFile> changed = new HashSet<>();
        Set<IFile> headers = new HashSet<>();
        delta.accept(child -> {
            if (child.getResource() instanceof IFile file && isSource(file)) {
                if (child.getKind() != IResourceDelta.REMOVED) {
                    changed.add(file);
                }
                if ("h".equalsIgnoreCase(file.getFileExtension())) {
                    headers.add(file);
                }
            }
            return true;
        });
        if (!headers.isEmpty()) {
            RecentAnalyses.forgetAll(); // analyses made while typing saw the headers' old text
            changed.addAll(IncludeIndex.of(getProject(), includeDirs).includers(headers));
        }
        return changed;
    }

    private static boolean isSource(IFile file) {
        return file.exists() && SourceCollector.isCSource(Path.of(file.getName()));
    }

    @Override
    protected void clean(@Nullable IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ZwLintPlugin.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
    }

    private static java.util.Optional<Analyzed> waitFor(Future<java.util.Optional<Analyzed>> analysis,
            IProgressMonitor monitor) throws CoreException {
        while (true) {
            try {
                return analysis.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CoreException core) {
                    throw core;
                }
                if (cause instanceof OperationCanceledException cancelled) {
                    throw cancelled;
                }
                throw new CoreException(Status.error("ZwLint failed", cause));
            }
        }
    }

    private static java.util.Optional<Analyzed> analyze(DriverGroup group, java.util.function.BooleanSupplier cancelled)
            throws CoreException {
        Map<Path, SourceFile> texts = new LinkedHashMap<>();
        for (IFile file : group.units()) {
            byte[] bytes;
            try (InputStream in = file.getContents(true)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new CoreException(Status.error("cannot read " + file.getFullPath(), e));
            }
            IPath location = file.getLocation();
            Path path = location != null ? location.toPath() : Path.of(file.getFullPath().toString());
            texts.put(path, SourceFile.decode(path, bytes));
        }
        List<SourceFile> units = List.copyOf(texts.values());
        java.util.Optional<AnalysisResult> typed = RecentAnalyses.take(units, group.config());
        if (typed.isPresent()) {
            return java.util.Optional.of(new Analyzed(group, texts, typed.get())); // saved as analyzed while typing
        }
        try {
            // A file that is a project of its own goes through the analysis while typing uses, which gives
            // the same findings and keeps them by function: the first edit after the build is quick too.
            return java.util.Optional.of(new Analyzed(group, texts, units.size() == 1
                    ? ZwLintPlugin.getDefault().liveAnalysis().analyze(units.get(0), group.config(), cancelled)
                    : ZwLintPlugin.getDefault().analyzer().analyzeProject(units, group.config(), cancelled)));
        } catch (CancellationException e) {
            throw new OperationCanceledException();
        } catch (RuntimeException e) {
            // One project's failure must not stop the build of the others.
            ZwLintPlugin.getDefault().getLog().log(new Status(IStatus.ERROR, ZwLintPlugin.ID,
                    "ZwLint failed on " + group.root(), e));
            return java.util.Optional.empty();
        }
    }
}
