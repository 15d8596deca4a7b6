package org.zwlint.core.preprocess;

import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;

/**
 * What one translation unit may still spend: output tokens, expansion work and time. Once
 * exhausted it stays exhausted, the rest of the unit is dropped, and the reason was reported once.
 */
final class UnitBudget {
    private final PreprocessorLimits limits;
    private final List<Diagnostic> diagnostics;
    private final long deadline;
    private long work;
    private int output;
    private boolean exhausted;
    private boolean depthReported;

    UnitBudget(PreprocessorLimits limits, List<Diagnostic> diagnostics) {
        this.limits = limits;
        this.diagnostics = diagnostics;
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
    }

    PreprocessorLimits limits() {
        return limits;
    }

    boolean exhausted() {
        return exhausted;
    }

    /** Records that a macro expansion at {@code where} produced {@code tokens} tokens. */
    boolean chargeExpansion(int tokens, Tok where, String macro) {
        work += tokens;
        if (work > limits.maxExpansionWork()) {
            exhaust(where, "expanding macro '" + macro + "' exceeds the limit of " + limits.maxExpansionWork()
                    + " tokens of macro expansion in one file (runaway macro?); the rest of the file is skipped");
        } else if ((work & 0xFFF) < tokens || tokens > 4096) {
            checkTime(where);
        }
        return !exhausted;
    }

    /** Records one token of output. */
    boolean chargeOutput(Tok where) {
        output++;
        if (output > limits.maxOutputTokens()) {
            exhaust(where, "the file produces more than " + limits.maxOutputTokens()
                    + " tokens after preprocessing (runaway macro or include?); the rest of the file is skipped");
        } else if ((output & 0x3FFF) == 0) {
            checkTime(where);
        }
        return !exhausted;
    }

    void checkTime(Tok where) {
        if (!exhausted && System.nanoTime() > deadline) {
            exhaust(where, "preprocessing exceeds the time budget of " + limits.timeBudget().toMillis()
                    + " ms for one file; the rest of the file is skipped");
        }
    }

    void depthExceeded(Tok where) {
        if (!depthReported) {
            depthReported = true;
            diagnostics.add(where.diagnostic(Severity.ERROR, "macro '" + where.text + "' is expanded more than "
                    + limits.maxExpansionDepth() + " levels deep; left unexpanded"));
        }
    }

    private void exhaust(Tok where, String message) {
        if (!exhausted) {
            exhausted = true;
            diagnostics.add(where.diagnostic(Severity.ERROR, message));
        }
    }
}
