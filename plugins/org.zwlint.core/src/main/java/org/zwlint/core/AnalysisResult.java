package org.zwlint.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one run produced: findings about the code, diagnostics about the input and the run,
 * the C++ files it set aside (ZwLint analyzes C; a summary line counts them), and the findings
 * silenced in the source, which count for nothing but are kept for the SARIF log.
 */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed,
        List<Path> skippedCxx, List<SuppressedFinding> suppressed) {
    public AnalysisResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        skippedCxx = List.copyOf(skippedCxx);
        suppressed = List.copyOf(suppressed);
    }

    public AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed,
            List<Path> skippedCxx) {
        this(findings, diagnostics, filesAnalyzed, skippedCxx, List.of());
    }

    public AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed) {
        this(findings, diagnostics, filesAnalyzed, List.of());
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

    /** Whether ZwLint itself failed on some file, engine or rule (the others went on). */
    public boolean hasInternalErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.message().startsWith("internal error"));
    }

    /** The results of several runs (one per {@code .zwlint}) as one, in the order given. */
    public static AnalysisResult concat(List<AnalysisResult> results) {
        List<Finding> findings = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        int analyzed = 0;
        for (AnalysisResult result : results) {
            findings.addAll(result.findings());
            suppressed.addAll(result.suppressed());
            diagnostics.addAll(result.diagnostics());
            skipped.addAll(result.skippedCxx());
            analyzed += result.filesAnalyzed();
        }
        return new AnalysisResult(findings, diagnostics, analyzed, skipped, suppressed);
    }

    public AnalysisResult withSkippedCxx(List<Path> skipped) {
        return new AnalysisResult(findings, diagnostics, filesAnalyzed, skipped, suppressed);
    }
}
