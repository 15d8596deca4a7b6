package org.zwlint.ui.internal;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.zwlint.ui.ZwLintPlugin;

/** Finds the ZwLint marker of a file that covers an offset: the narrowest, as the caret means the innermost finding. */
final class MarkerAt {
    private MarkerAt() {
    }

    static Optional<IMarker> find(IFile file, int offset) {
        IMarker best = null;
        int bestLength = Integer.MAX_VALUE;
        try {
            for (IMarker marker : file.findMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
                int start = marker.getAttribute(IMarker.CHAR_START, -1);
                int end = marker.getAttribute(IMarker.CHAR_END, -1);
                if (start >= 0 && start <= offset && offset <= end && end - start < bestLength) {
                    best = marker;
                    bestLength = end - start;
                }
            }
        } catch (CoreException e) {
            return Optional.empty(); // the file went away meanwhile: nothing to explain
        }
        return Optional.ofNullable(best);
    }
}
