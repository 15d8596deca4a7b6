package org.zwlint.core.parse;

/**
 * Thrown from inside the parser when a file's budget is spent: its counted token lookups, or, as
 * the last resort, its wall-clock time. The driver reports which.
 */
final class ParseBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean clock;

    ParseBudgetExceeded(boolean clock) {
        super(clock ? "time budget exceeded" : "work budget exceeded", null, false, false);
        this.clock = clock;
    }

    /** Whether the wall clock fired, rather than the counted budget. */
    boolean clock() {
        return clock;
    }
}
