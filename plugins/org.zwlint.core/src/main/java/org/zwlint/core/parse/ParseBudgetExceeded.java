package org.zwlint.core.parse;

/** Thrown from inside the parser when a file's time budget is spent; the driver reports it. */
final class ParseBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseBudgetExceeded() {
        super("time budget exceeded", null, false, false);
    }
}
