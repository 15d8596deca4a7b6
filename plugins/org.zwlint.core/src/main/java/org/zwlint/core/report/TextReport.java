package org.zwlint.core.report;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;

/**
 * The report a developer reads in a terminal or an IDE's build console: one compiler-style line
 * per finding (and a note with the dispatcher's verdict, when it has one), then one per
 * diagnostic, then a one-line summary. Editors that parse gcc/clang
 * output can jump to every line.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.findings()) {
            out.append(finding.format()).append('\n');
            // The replay's outcome, as a compiler's follow-up note at the same place.
            finding.witness().verdict().ifPresent(verdict -> out.append(finding.range().describe())
                    .append(": note: the simulated system service dispatcher's replay ends in ")
                    .append(verdict.statusName()).append(" (").append(verdict.hexStatus()).append(')')
                    .append('\n'));
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            out.append(diagnostic.format()).append('\n');
        }
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** e.g. "zwlint: 3 findings (3 warnings) and 1 diagnostic (1 error) in 2 files analyzed". */
    public static String summary(AnalysisResult result) {
        StringBuilder line = new StringBuilder("zwlint: ");
        line.append(count(result.findings().size(), "finding"));
        appendBySeverity(line, result.findings().stream().map(Finding::severity).toList());
        line.append(" and ").append(count(result.diagnostics().size(), "diagnostic"));
        appendBySeverity(line, result.diagnostics().stream().map(Diagnostic::severity).toList());
        line.append(" in ").append(count(result.filesAnalyzed(), "file")).append(" analyzed");
        return line.toString();
    }

    private static void appendBySeverity(StringBuilder line, java.util.List<Severity> severities) {
        if (severities.isEmpty()) {
            return;
        }
        StringBuilder parts = new StringBuilder();
        for (Severity severity : Severity.values()) {
            long n = severities.stream().filter(s -> s == severity).count();
            if (n > 0) {
                parts.append(parts.isEmpty() ? "" : ", ").append(count(n, severity.label()));
            }
        }
        line.append(" (").append(parts).append(')');
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
