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
import org.zwlint.core.config.ProjectFile;
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
        if (delta == null) {
            RecentAnalyses.forgetAll(); // a full build starts from the files alone
        }
        List<IFile> files = new ArrayList<>(delta == null ? allSources()
                : affected(delta, includeDirs(settings)));
        // Headers first: a header's own analysis replaces its markers, then its includers add theirs.
        files.sort(Comparator.comparing((IFile f) -> !"h".equalsIgnoreCase(f.getFileExtension()))
                .thenComparing(f -> f.getFullPath().toString()));
        SubMonitor progress = SubMonitor.convert(monitor, "ZwLint: analyzing " + getProject().getName(),
                files.size() + 1);
        List<Analyzed> analyzed = new ArrayList<>();
        List<IFile> leftOut = new ArrayList<>();
        for (IFile file : files) {
            progress.split(1); // throws OperationCanceledException once the user cancels
            progress.subTask(file.getName());
            FileSettings governing = settings.forFile(file);
            if (governing instanceof FileSettings.Usable usable && selected(file, usable)) {
                analyze(file, usable.config()).ifPresent(analyzed::add);
            } else if (governing instanceof FileSettings.Usable) {
                leftOut.add(file);
            }
            // a file governed by an unusable .zwlint keeps its markers; the .zwlint's own marker says why
        }
        progress.checkCanceled();
        getProject().getWorkspace().run(writing -> {
            ProjectFileMarkers.renew(getProject(), settings);
            for (IFile file : leftOut) {
                if (file.exists()) {
                    file.deleteMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_ZERO);
                }
            }
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

    /** The include directories that find the project's headers: those of the project's own settings. */
    private List<Path> includeDirs(ProjectSettings settings) {
        IPath location = getProject().getLocation();
        if (location != null && settings.forPath(location.toPath()) instanceof FileSettings.Usable usable) {
            return usable.config().includeDirs();
        }
        return ZwLintPreferences.config().includeDirs();
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

    /**
     * Whether the governing {@code .zwlint} leaves the file in, as the CLI decides: its source and
     * exclude globs, and build output folders only when it asks for them.
     */
    private boolean selected(IFile file, FileSettings.Usable settings) {
        IPath location = file.getLocation();
        if (location == null) {
            return true;
        }
        Path path = location.toPath();
        if (!settings.selects(path)) {
            return false;
        }
        boolean analyzeBuildOutput = settings.projectFile().map(ProjectFile::analyzeBuildOutput).orElse(false);
        for (IResource folder = file.getParent(); folder != null && folder != getProject(); folder = folder.getParent()) {
            if (!analyzeBuildOutput && SourceCollector.isBuildOutputFolder(Path.of(folder.getName()))) {
                return false;
            }
        }
        return true;
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
        java.util.Optional<AnalysisResult> typed = RecentAnalyses.take(path, config, source.text());
        if (typed.isPresent()) {
            return java.util.Optional.of(new Analyzed(file, source, typed.get())); // saved as analyzed while typing
        }
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
