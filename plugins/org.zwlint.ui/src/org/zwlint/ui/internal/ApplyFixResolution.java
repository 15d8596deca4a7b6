package org.zwlint.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Applies one of a marker's stored fixes through the file buffer, so an open editor shows the
 * change and Undo reverts it. In the Problems view it can fix every marker of the same rule.
 */
final class ApplyFixResolution extends WorkbenchMarkerResolution {
    private final IMarker origin;
    private final int fixIndex;
    private final String label;

    ApplyFixResolution(IMarker origin, int fixIndex, String label) {
        this.origin = origin;
        this.fixIndex = fixIndex;
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return label + ". ZwLint quick fix: only the highlighted text changes.";
    }

    @Override
    public @Nullable Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
    }

    @Override
    public void run(IMarker marker) {
        run(new IMarker[] {marker}, new NullProgressMonitor());
    }

    @Override
    public void run(IMarker[] markers, @Nullable IProgressMonitor monitor) {
        for (IMarker marker : markers) {
            List<FixRecord> fixes = MarkerFixes.decode(marker);
            if (fixIndex >= fixes.size() || !(marker.getResource() instanceof IFile file)) {
                continue;
            }
            try {
                FixApplier.apply(file, fixes.get(fixIndex), monitor == null ? new NullProgressMonitor() : monitor);
                marker.delete();
            } catch (CoreException e) {
                ZwLintPlugin.getDefault().getLog().log(Status.error("ZwLint quick fix failed: " + label, e));
            }
        }
    }

    /** Other markers of the same rule that offer a fix at the same position in their list. */
    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        String rule = origin.getAttribute(MarkerWriter.RULE_ID, "");
        return java.util.Arrays.stream(markers)
                .filter(m -> !m.equals(origin))
                .filter(m -> rule.equals(m.getAttribute(MarkerWriter.RULE_ID, "")))
                .filter(m -> MarkerFixes.decode(m).size() > fixIndex)
                .toArray(IMarker[]::new);
    }
}
