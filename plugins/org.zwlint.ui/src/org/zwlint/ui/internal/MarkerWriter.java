package org.zwlint.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/** Turns findings and diagnostics of one file into ZwLint problem markers on it. */
final class MarkerWriter {
    static final String RULE_ID = "ruleId";

    private MarkerWriter() {
    }

    static void replaceMarkers(IFile file, SourceFile source, Iterable<Finding> findings,
            Iterable<Diagnostic> diagnostics) throws CoreException {
        file.deleteMarkers(ZwLintPlugin.MARKER_TYPE, false, IFile.DEPTH_ZERO);
        for (Finding finding : findings) {
            if (!finding.range().file().equals(source.path())) {
                continue; // a finding inside an included header belongs to that header's own build
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, finding.ruleId() + ": " + finding.message());
            attributes.put(IMarker.SEVERITY, severity(finding.severity()));
            attributes.put(IMarker.LINE_NUMBER, finding.range().startLine());
            attributes.put(IMarker.CHAR_START, finding.range().startOffset());
            attributes.put(IMarker.CHAR_END, finding.range().endOffset());
            attributes.put(RULE_ID, finding.ruleId());
            attributes.put(IMarker.SOURCE_ID, "ZwLint");
            if (!finding.fixes().isEmpty()) {
                attributes.put(MarkerFixes.ATTRIBUTE, MarkerFixes.encode(finding.fixes(), source));
            }
            file.createMarker(ZwLintPlugin.MARKER_TYPE, attributes);
        }
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, "ZwLint: " + diagnostic.message());
            attributes.put(IMarker.SEVERITY, severity(diagnostic.severity()));
            attributes.put(IMarker.LINE_NUMBER, Math.max(1, diagnostic.line()));
            attributes.put(IMarker.SOURCE_ID, "ZwLint");
            file.createMarker(ZwLintPlugin.MARKER_TYPE, attributes);
        }
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case NOTE -> IMarker.SEVERITY_INFO;
        };
    }
}
