package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.SourceCollector;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Analyzes the .c and .h files of a ZwLint project: all of them on a full build, the changed
 * ones on an incremental build, and replaces each file's ZwLint markers with the new findings.
 */
public final class ZwLintBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject @Nullable [] build(int kind, Map<String, String> args,
            IProgressMonitor monitor) throws CoreException {
        ZwLintConfig config = ZwLintPreferences.config();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> {
                analyzeIfSource(resource, config, monitor);
                return true;
            });
        } else {
            delta.accept(child -> {
                if (child.getKind() != IResourceDelta.REMOVED) {
                    analyzeIfSource(child.getResource(), config, monitor);
                }
                return true;
            });
        }
        return null;
    }

    @Override
    protected void clean(@Nullable IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ZwLintPlugin.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
    }

    private void analyzeIfSource(IResource resource, ZwLintConfig config, @Nullable IProgressMonitor monitor)
            throws CoreException {
        if (monitor != null && monitor.isCanceled()) {
            return;
        }
        if (resource instanceof IFile file && file.exists() && SourceCollector.isCSource(Path.of(file.getName()))) {
            analyze(file, config);
        }
    }

    private static void analyze(IFile file, ZwLintConfig config) throws CoreException {
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
            AnalysisResult result = ZwLintPlugin.getDefault().analyzer().analyze(source, config);
            MarkerWriter.replaceMarkers(file, source, result.findings(), result.diagnostics());
        } catch (RuntimeException e) {
            // One file's failure must not stop the build of the others.
            ZwLintPlugin.getDefault().getLog().log(new Status(IStatus.ERROR, ZwLintPlugin.ID,
                    "ZwLint failed on " + file.getFullPath(), e));
        }
    }
}
