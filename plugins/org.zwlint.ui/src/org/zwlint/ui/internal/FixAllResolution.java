package org.zwlint.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.zwlint.ui.ZwLintPlugin;

/**
 * One kind of fix applied to every marker of a file or a project that offers it, labelled for
 * what it does ("Replace each Nt* call with its Zw* routine in log.c (3)"). In an editor (Ctrl+1)
 * it fixes all of them; in the Problems view's Quick Fix dialog the user can untick some. Each
 * file's fixes are one edit of its buffer, undone with one Undo.
 */
final class FixAllResolution extends WorkbenchMarkerResolution {
    private final FixFamily family;
    private final IResource scope;
    private final List<IMarker> candidates;

    private FixAllResolution(FixFamily family, IResource scope, List<IMarker> candidates) {
        this.family = family;
        this.scope = scope;
        this.candidates = List.copyOf(candidates);
    }

    /** The fix-all over {@code scope} for the family of {@code origin}'s fix, when more than one marker offers it. */
    static Optional<FixAllResolution> over(IResource scope, FixFamily family) {
        List<IMarker> found = candidates(scope, family);
        return found.size() > 1 ? Optional.of(new FixAllResolution(family, scope, found)) : Optional.empty();
    }

    private static List<IMarker> candidates(IResource scope, FixFamily family) {
        List<IMarker> found = new ArrayList<>();
        try {
            for (IMarker marker : scope.findMarkers(ZwLintPlugin.MARKER_TYPE, false, IResource.DEPTH_INFINITE)) {
                if (fixOf(marker, family).isPresent() && !MarkerText.isStale(marker)) {
                    found.add(marker);
                }
            }
        } catch (CoreException e) {
            return List.of(); // the scope went away: nothing to fix
        }
        return found;
    }

    static Optional<FixRecord> fixOf(IMarker marker, FixFamily family) {
        String ruleId = MarkerWitness.ruleId(marker);
        return MarkerFixes.decode(marker).stream().filter(fix -> FixFamily.of(ruleId, fix).equals(family)).findFirst();
    }

    @Override
    public String getLabel() {
        String where = scope instanceof IFile ? "in " + scope.getName() : "in project " + scope.getName();
        return family.labelFor(candidates.size(), where);
    }

    @Override
    public String getDescription() {
        return getLabel() + ". Every marker's text is checked before anything changes; one Undo per file reverts it.";
    }

    @Override
    public @Nullable Image getImage() {
        return ZwLintPlugin.getDefault().image(ZwLintPlugin.FIX_ICON);
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        return java.util.Arrays.stream(markers).filter(candidates::contains).toArray(IMarker[]::new);
    }

    /** From an editor's Ctrl+1: the label promised every marker in the scope. */
    @Override
    public void run(IMarker marker) {
        run(candidates.toArray(IMarker[]::new), new NullProgressMonitor());
    }

    @Override
    public void run(IMarker[] markers, @Nullable IProgressMonitor monitor) {
        Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
        for (IMarker marker : markers) {
            if (marker.exists() && marker.getResource() instanceof IFile file) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(marker);
            }
        }
        if (family.key().startsWith("suppress:")) {
            // Applied once the developer gave the reason; nothing suppressed when they cancel.
            SuppressionReason.ask(family.key().substring("suppress:".length()), markers.length,
                    reason -> apply(byFile, java.util.Optional.of(reason), new NullProgressMonitor()));
            return;
        }
        apply(byFile, java.util.Optional.empty(), monitor);
    }

    private void apply(Map<IFile, List<IMarker>> byFile, java.util.Optional<String> reason,
            @Nullable IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getLabel(), byFile.size());
        for (Map.Entry<IFile, List<IMarker>> entry : byFile.entrySet()) {
            List<FixRecord> fixes = new ArrayList<>();
            entry.getValue().forEach(marker -> fixOf(marker, family)
                    .map(fix -> reason.map(r -> SuppressionReason.withReason(fix, r)).orElse(fix)).ifPresent(fixes::add));
            try {
                FixApplier.applyAll(entry.getKey(), fixes, entry.getValue()); // files nobody has open: in a job
            } catch (CoreException e) {
                ZwLintPlugin.getDefault().getLog().log(new Status(e.getStatus().getSeverity(), ZwLintPlugin.ID,
                        "ZwLint fix not applied to " + entry.getKey().getFullPath() + ": " + e.getStatus().getMessage()));
            }
            progress.worked(1);
        }
    }

    List<IMarker> candidates() {
        return candidates;
    }
}
