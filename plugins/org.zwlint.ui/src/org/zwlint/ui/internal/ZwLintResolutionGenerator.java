package org.zwlint.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Offers the fixes stored on a ZwLint marker as quick fixes (Ctrl+1, Problems view). */
public final class ZwLintResolutionGenerator implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return !MarkerFixes.decode(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<FixRecord> fixes = MarkerFixes.decode(marker);
        IMarkerResolution[] resolutions = new IMarkerResolution[fixes.size()];
        for (int i = 0; i < fixes.size(); i++) {
            resolutions[i] = new ApplyFixResolution(marker, i, fixes.get(i).label());
        }
        return resolutions;
    }
}
