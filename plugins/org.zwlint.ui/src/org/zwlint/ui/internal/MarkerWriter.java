package org.zwlint.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.source.SourceFile;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Turns the findings and diagnostics of one analyzed file into ZwLint problem markers. A finding
 * located in an included header goes on the header's own resource, when the header is a file of
 * the workspace; the analyzer reports each header finding once per run, and a header marker is
 * not created twice when several including files are built.
 */
final class MarkerWriter {
    static final String RULE_ID = "ruleId";

    private MarkerWriter() {
    }

    static void replaceMarkers(IFile file, SourceFile source, Iterable<Finding> findings,
            Iterable<Diagnostic> diagnostics) throws CoreException {
        file.deleteMarkers(ZwLintPlugin.MARKER_TYPE, false, IFile.DEPTH_ZERO);
        for (Finding finding : findings) {
            if (finding.range().file().equals(source.path())) {
                file.createMarker(ZwLintPlugin.MARKER_TYPE, attributes(finding, source));
                continue;
            }
            Optional<IFile> header = workspaceFile(file, finding.range().file());
            if (header.isEmpty()) {
                continue; // a header outside the workspace (the WDK's, say) has no resource to mark
            }
            Optional<SourceFile> text = read(header.get(), finding.range().file());
            if (text.isPresent() && !alreadyMarked(header.get(), finding)) {
                header.get().createMarker(ZwLintPlugin.MARKER_TYPE, attributes(finding, text.get()));
            }
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

    /**
     * Replaces the markers of a driver project's files analyzed together: every member loses its
     * ZwLint markers, then each finding goes on the workspace file it is located in (a header of
     * another folder too) and each diagnostic on its member. {@code texts} are the analyzed texts.
     */
    static void replaceGroupMarkers(Map<Path, IFile> members, Map<Path, SourceFile> texts, AnalysisResult result)
            throws CoreException {
        for (IFile member : members.values()) {
            if (member.exists()) {
                member.deleteMarkers(ZwLintPlugin.MARKER_TYPE, false, IFile.DEPTH_ZERO);
            }
        }
        IFile any = members.values().iterator().next();
        for (Finding finding : result.findings()) {
            Path where = finding.range().file();
            Optional<IFile> target = Optional.ofNullable(members.get(where)).filter(IFile::exists)
                    .or(() -> workspaceFile(any, where));
            if (target.isEmpty()) {
                continue; // a header outside the workspace (the WDK's, say) has no resource to mark
            }
            SourceFile known = texts.get(where);
            Optional<SourceFile> text = known != null ? Optional.of(known) : read(target.get(), where);
            if (text.isPresent() && !alreadyMarked(target.get(), finding)) {
                target.get().createMarker(ZwLintPlugin.MARKER_TYPE, attributes(finding, text.get()));
            }
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            IFile member = members.get(diagnostic.file());
            if (member == null || !member.exists()) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.MESSAGE, "ZwLint: " + diagnostic.message());
            attributes.put(IMarker.SEVERITY, severity(diagnostic.severity()));
            attributes.put(IMarker.LINE_NUMBER, Math.max(1, diagnostic.line()));
            attributes.put(IMarker.SOURCE_ID, "ZwLint");
            member.createMarker(ZwLintPlugin.MARKER_TYPE, attributes);
        }
    }

    /** {@code source} is the text of the finding's own file: fixes record the text they replace. */
    private static Map<String, Object> attributes(Finding finding, SourceFile source) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, message(finding));
        attributes.put(IMarker.SEVERITY, severity(finding.severity()));
        attributes.put(IMarker.LINE_NUMBER, finding.range().startLine());
        attributes.put(IMarker.CHAR_START, finding.range().startOffset());
        attributes.put(IMarker.CHAR_END, finding.range().endOffset());
        attributes.put(RULE_ID, finding.ruleId());
        attributes.put(IMarker.SOURCE_ID, "ZwLint");
        MarkerWitness.put(attributes, finding, source);
        if (!finding.fixes().isEmpty()) {
            attributes.put(MarkerFixes.ATTRIBUTE, MarkerFixes.encode(finding.fixes(), source));
        }
        return attributes;
    }

    private static String message(Finding finding) {
        return finding.ruleId() + ": " + finding.message();
    }

    private static Optional<IFile> workspaceFile(IFile analyzed, Path path) {
        IFile found = analyzed.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
        return found != null && found.exists() ? Optional.of(found) : Optional.empty();
    }

    private static Optional<SourceFile> read(IFile header, Path path) throws CoreException {
        try (InputStream in = header.getContents(true)) {
            return Optional.of(SourceFile.decode(path, in.readAllBytes()));
        } catch (IOException e) {
            return Optional.empty(); // unreadable now: its own build reports that
        }
    }

    /** Another file including the same header has put this very finding there already. */
    private static boolean alreadyMarked(IFile header, Finding finding) throws CoreException {
        for (IMarker marker : header.findMarkers(ZwLintPlugin.MARKER_TYPE, false, IFile.DEPTH_ZERO)) {
            if (finding.ruleId().equals(marker.getAttribute(RULE_ID, ""))
                    && marker.getAttribute(IMarker.CHAR_START, -1) == finding.range().startOffset()
                    && marker.getAttribute(IMarker.CHAR_END, -1) == finding.range().endOffset()
                    && message(finding).equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
                return true;
            }
        }
        return false;
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case NOTE -> IMarker.SEVERITY_INFO;
        };
    }
}
