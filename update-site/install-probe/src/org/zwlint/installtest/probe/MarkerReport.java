package org.zwlint.installtest.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;

/**
 * ZwLint's markers in the workspace, one line each: rule id (empty for a diagnostic that has
 * none), workspace path, line, severity, message, separated by tabs. Written whole or not at all,
 * so the install test never reads half a report.
 */
final class MarkerReport {
    /** ZwLint's published problem marker type; the probe does not depend on ZwLint's bundles. */
    static final String ZWLINT_MARKER = "org.zwlint.ui.problem";

    private MarkerReport() {
    }

    static void write(IWorkspaceRoot root, Path report) throws CoreException, IOException {
        List<String> lines = new ArrayList<>();
        for (IMarker marker : root.findMarkers(ZWLINT_MARKER, true, IResource.DEPTH_INFINITE)) {
            lines.add(String.join("\t", marker.getAttribute("ruleId", ""),
                    marker.getResource().getFullPath().toString(),
                    Integer.toString(marker.getAttribute(IMarker.LINE_NUMBER, -1)),
                    Integer.toString(marker.getAttribute(IMarker.SEVERITY, -1)),
                    marker.getAttribute(IMarker.MESSAGE, "").replace('\t', ' ').replace('\n', ' ')));
        }
        lines.sort(null);
        Path partial = report.resolveSibling(report.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
