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
}
