package org.zwlint.core.parse;

import java.util.List;
import java.util.Locale;

import org.zwlint.core.Diagnostic;

/**
 * What {@code zwlint parse} reports: every diagnostic, and the counts of its summary line.
 * {@code functions} counts function definitions in the named files, {@code parsed} those of
 * them parsed without a syntax error, {@code errors} the error diagnostics.
 */
public record ParseRunResult(List<Diagnostic> diagnostics, int files, long lines, int functions, int parsed,
        int errors, double seconds) {
    public ParseRunResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Exactly {@code files=N lines=N functions=N parsed=N errors=N seconds=S}, seconds with two decimals. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "files=%d lines=%d functions=%d parsed=%d errors=%d seconds=%.2f", files,
                lines, functions, parsed, errors, seconds);
    }
}
