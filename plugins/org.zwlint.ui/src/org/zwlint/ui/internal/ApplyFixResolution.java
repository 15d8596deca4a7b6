package org.zwlint.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Applies one of a marker's stored fixes through the file buffer, so an open editor shows the
 * change and Undo reverts it. Fixing many markers at once is {@link FixAllResolution}'s job,
 * labelled for what it does to all of them.
 */
final class ApplyFixResolution implements IMarkerResolution2 {
    private final int fixIndex;
    private final String label;

    ApplyFixResolution(int fixIndex, String label) {
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
        return ZwLintPlugin.getDefault().image(ZwLintPlugin.FIX_ICON);
    }

    @Override
    public void run(IMarker marker) {
        List<FixRecord> fixes = MarkerFixes.decode(marker);
        if (fixIndex >= fixes.size() || !(marker.getResource() instanceof IFile file)) {
            return;
        }
        FixRecord fix = fixes.get(fixIndex);
        String ruleId = MarkerWitness.ruleId(marker);
        if (SuppressionReason.isSuppression(ruleId, fix)) {
            // Applied once the developer gave the reason; nothing suppressed when they cancel.
            SuppressionReason.ask(ruleId, 1, reason -> apply(file, SuppressionReason.withReason(fix, reason), marker));
            return;
        }
        apply(file, fix, marker);
    }

    private void apply(IFile file, FixRecord fix, IMarker marker) {
        try {
            FixApplier.applyAll(file, List.of(fix), List.of(marker));
        } catch (CoreException e) {
            ZwLintPlugin.getDefault().getLog().log(new Status(e.getStatus().getSeverity(), ZwLintPlugin.ID,
                    "ZwLint quick fix not applied: " + label + ": " + e.getStatus().getMessage()));
        }
    }
}
