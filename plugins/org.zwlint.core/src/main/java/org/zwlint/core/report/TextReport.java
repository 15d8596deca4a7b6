package org.zwlint.core.report;

import java.nio.file.Path;
import java.util.List;

import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Finding;
import org.zwlint.core.Severity;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.source.TextRange;

/**
 * The report a developer reads in a terminal or an IDE's build console: one compiler-style line
 * per finding, with the witness steps and the dispatcher's verdict as indented notes below it,
 * then one line per diagnostic, the count of C++ files set aside, and a one-line summary. Paths
 * are relative to the current directory, headers included. Editors that parse gcc/clang output
 * can jump to every line.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AnalysisResult result) {
        return render(result, TextOptions.standard());
    }

    public static String render(AnalysisResult result, TextOptions options) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.findings()) {
            out.append(format(finding, options)).append('\n');
            for (WitnessStep step : finding.witness().path()) {
                out.append("    ").append(where(step.range(), options)).append(": note: ").append(step.message())
                        .append('\n');
            }
            // The replay's outcome, as a compiler's follow-up note at the same place.
            finding.witness().verdict().ifPresent(verdict -> {
                out.append("    ").append(where(finding.range(), options))
                        .append(": note: the simulated system service dispatcher's replay ends in ")
                        .append(verdict.statusName()).append(" (").append(verdict.hexStatus()).append(')')
                        .append('\n');
                if (options.verbose()) {
                    verdict.trace().forEach(line -> out.append("        ").append(line).append('\n'));
                }
            });
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (!options.quiet() || diagnostic.severity() == Severity.ERROR) {
                out.append(format(diagnostic, options)).append('\n');
            }
        }
        if (!options.quiet()) {
            skippedLines(result, options).forEach(line -> out.append(line).append('\n'));
            out.append(summary(result, options)).append('\n');
        }
        return out.toString();
    }

    /** "file:line:col: severity RULE: message" with the path as the options show it. */
    public static String format(Finding finding, TextOptions options) {
        return where(finding.range(), options) + ": " + finding.severity().label() + " " + finding.ruleId() + ": "
                + finding.message();
    }

    public static String format(Diagnostic diagnostic, TextOptions options) {
        String file = options.show(diagnostic.file());
        String where = diagnostic.line() > 0 ? file + ":" + diagnostic.line() + ":" + diagnostic.column() : file;
        return where + ": " + diagnostic.severity().label() + ": " + diagnostic.message();
    }

    /**
     * "412 C++ files skipped; ZwLint analyzes C", and with {@code verbose} one line per file
     * after it; nothing when none was skipped.
     */
    public static List<String> skippedLines(AnalysisResult result, TextOptions options) {
        List<Path> skipped = result.skippedCxx();
        if (skipped.isEmpty()) {
            return List.of();
        }
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add("zwlint: " + count(skipped.size(), "C++ file") + " skipped; ZwLint analyzes C"
                + (options.verbose() ? ":" : " (--verbose lists them)"));
        if (options.verbose()) {
            skipped.forEach(file -> lines.add("    " + options.show(file)));
        }
        return lines;
    }

    private static String where(TextRange range, TextOptions options) {
        return options.show(range.file()) + ":" + range.startLine() + ":" + range.startColumn();
    }

    /** e.g. "zwlint: 3 findings (3 warnings) and 1 diagnostic (1 error) in 2 files analyzed". */
    /** The summary line, ending in the configuration fingerprint when the options have one. */
    public static String summary(AnalysisResult result, TextOptions options) {
        return summary(result) + options.configuration().map(f -> "; configuration " + f).orElse("");
    }

    public static String summary(AnalysisResult result) {
        StringBuilder line = new StringBuilder("zwlint: ");
        line.append(count(result.findings().size(), "finding"));
        appendBySeverity(line, result.findings().stream().map(Finding::severity).toList());
        line.append(" and ").append(count(result.diagnostics().size(), "diagnostic"));
        appendBySeverity(line, result.diagnostics().stream().map(Diagnostic::severity).toList());
        line.append(" in ").append(count(result.filesAnalyzed(), "file")).append(" analyzed");
        return line.toString();
    }

    private static void appendBySeverity(StringBuilder line, List<Severity> severities) {
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
