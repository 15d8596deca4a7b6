package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Offers the fixes stored on a ZwLint marker as quick fixes (Ctrl+1, Problems view): each of the
 * marker's own fixes, then for each kind of fix a fix-all over the file and one over the project
 * when they reach more markers. A marker whose text was edited since its analysis offers nothing.
 */
public final class ZwLintResolutionGenerator implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return !MarkerFixes.decode(marker).isEmpty() && !MarkerText.isStale(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (MarkerText.isStale(marker)) {
            return new IMarkerResolution[0];
        }
        List<FixRecord> fixes = MarkerFixes.decode(marker);
        List<IMarkerResolution> resolutions = new ArrayList<>();
        Set<FixFamily> families = new LinkedHashSet<>();
        for (int i = 0; i < fixes.size(); i++) {
            resolutions.add(new ApplyFixResolution(i, fixes.get(i).label()));
            families.add(FixFamily.of(MarkerWitness.ruleId(marker), fixes.get(i)));
        }
        IResource file = marker.getResource();
        for (FixFamily family : families) {
            int inFile = 0;
            var overFile = FixAllResolution.over(file, family);
            if (overFile.isPresent()) {
                resolutions.add(overFile.get());
                inFile = overFile.get().candidates().size();
            }
            var overProject = FixAllResolution.over(file.getProject(), family);
            if (overProject.isPresent() && overProject.get().candidates().size() > Math.max(inFile, 1)) {
                resolutions.add(overProject.get());
            }
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }
}
