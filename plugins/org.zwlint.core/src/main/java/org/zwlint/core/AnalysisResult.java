package org.zwlint.core;

import java.util.List;

/** Everything one run produced: findings about the code, diagnostics about the input and the run. */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed) {
    public AnalysisResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Whether some input could not be analyzed at all: a missing path, an unreadable, binary or
     * oversized file, a folder without C files. A syntax error is not that: the rest of the file
     * was still analyzed.
     */
    public boolean hasUnanalyzableInput() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.line() == 0);
    }
}
