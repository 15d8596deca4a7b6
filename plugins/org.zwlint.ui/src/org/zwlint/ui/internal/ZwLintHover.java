package org.zwlint.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/**
 * The hover over a ZwLint marker in the editor: the marker's message, the first lines of the
 * rule's help, and the fixes it offers (none when its text changed since the analysis). Elsewhere
 * it answers nothing and the editor's other hovers speak.
 */
public final class ZwLintHover implements ITextHover, ITextHoverExtension2 {
    /** How much of the rule's help a hover shows; the ZwLint view and Help have all of it. */
    static final int HELP_LINES = 3;

    @Override
    public @Nullable IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return marker(viewer, offset).map(m -> (IRegion) new Region(m.getAttribute(IMarker.CHAR_START, offset),
                Math.max(0, m.getAttribute(IMarker.CHAR_END, offset) - m.getAttribute(IMarker.CHAR_START, offset))))
                .orElse(null);
    }

    @Override
    public @Nullable Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        return info(viewer, region);
    }

    @Override
    @Deprecated
    public @Nullable String getHoverInfo(ITextViewer viewer, IRegion region) {
        return info(viewer, region);
    }

    private static @Nullable String info(ITextViewer viewer, IRegion region) {
        Optional<IMarker> marker = marker(viewer, region.getOffset());
        return marker.isPresent() ? text(marker.get()) : null;
    }

    /** The hover's text for a marker; the workbench test reads the shown hover against it. */
    public static String text(IMarker marker) {
        StringBuilder text = new StringBuilder(marker.getAttribute(IMarker.MESSAGE, ""));
        Optional<RuleDescription> rule = ZwLintPlugin.getDefault().catalog()
                .find(MarkerWitness.ruleId(marker));
        rule.ifPresent(r -> {
            text.append("\n\n").append(r.name()).append(": ").append(r.summary());
            List<String> lines = r.help().lines().filter(line -> !line.isBlank()).limit(HELP_LINES).toList();
            lines.forEach(line -> text.append('\n').append(line.strip()));
        });
        List<FixRecord> fixes = MarkerText.isStale(marker) ? List.of() : MarkerFixes.decode(marker);
        if (!fixes.isEmpty()) {
            text.append("\n\nFixes (Ctrl+1):");
            fixes.forEach(fix -> text.append("\n  - ").append(fix.label()));
        } else if (!MarkerFixes.decode(marker).isEmpty()) {
            text.append("\n\nThe text changed since the analysis: save to analyze again before fixing.");
        }
        return text.toString();
    }

    private static Optional<IMarker> marker(ITextViewer viewer, int offset) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(viewer.getDocument());
        if (buffer == null || buffer.getLocation().segmentCount() < 2) {
            return Optional.empty(); // not a file of the workspace: it has no markers
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        return file.exists() ? MarkerAt.find(file, offset) : Optional.empty();
    }
}
