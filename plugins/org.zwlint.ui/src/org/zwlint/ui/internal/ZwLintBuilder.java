package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Analyzes the .c and .h files of a ZwLint project: all of them on a full build; on an
 * incremental build the changed ones and the .c files that include a changed header (through
 * any chain of headers). Every file is analyzed first; only then, in one workspace operation,
 * are the markers replaced, so a build cancelled half-way leaves the markers of the last
 * complete build, and the next build starts over. It holds only its project as scheduling rule.
 */
public final class ZwLintBuilder extends IncrementalProjectBuilder {
    private record Analyzed(IFile file, SourceFile source, AnalysisResult result) {
    }

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
        ZwLintConfig config = ZwLintPreferences.config();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        List<IFile> files = new ArrayList<>(delta == null ? allSources() : affected(delta, config));
        // Headers first: a header's own analysis replaces its markers, then its includers add theirs.
        files.sort(Comparator.comparing((IFile f) -> !"h".equalsIgnoreCase(f.getFileExtension()))
                .thenComparing(f -> f.getFullPath().toString()));
        SubMonitor progress = SubMonitor.convert(monitor, "ZwLint: analyzing " + getProject().getName(),
                files.size() + 1);
        List<Analyzed> analyzed = new ArrayList<>();
        for (IFile file : files) {
            progress.split(1); // throws OperationCanceledException once the user cancels
            progress.subTask(file.getName());
            analyze(file, config).ifPresent(analyzed::add);
        }
        progress.checkCanceled();
        getProject().getWorkspace().run(writing -> {
            for (Analyzed one : analyzed) {
                if (one.file().exists()) {
                    MarkerWriter.replaceMarkers(one.file(), one.source(), one.result().findings(),
                            one.result().diagnostics());
                }
            }
        }, getProject(), IWorkspace.AVOID_UPDATE, progress.split(1));
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

    private Set<IFile> affected(IResourceDelta delta, ZwLintConfig config) throws CoreException {
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
            changed.addAll(IncludeIndex.of(getProject(), config.includeDirs()).includers(headers));
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

    private static java.util.Optional<Analyzed> analyze(IFile file, ZwLintConfig config) throws CoreException {
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot read " + file.getFullPath(), e));
        }
        IPath location = file.getLocation();
        Path path = location != null ? location.toPath() : Path.of(file.getFullPath().toString());
        SourceFile source = SourceFile.decode(path, bytes);
        try {
            return java.util.Optional.of(new Analyzed(file, source,
                    ZwLintPlugin.getDefault().analyzer().analyze(source, config)));
        } catch (RuntimeException e) {
            // One file's failure must not stop the build of the others.
            ZwLintPlugin.getDefault().getLog().log(new Status(IStatus.ERROR, ZwLintPlugin.ID,
                    "ZwLint failed on " + file.getFullPath(), e));
            return java.util.Optional.empty();
        }
    }
}
