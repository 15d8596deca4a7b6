package org.zwlint.core.analysis;

/**
 * Counts work, not time, so a result never depends on the machine's load: solver steps per
 * function, contexts per run. Once spent, the analysis stops where it is and says so.
 */
public final class WorkBudget {
    private final long limit;
    private long spent;

    public WorkBudget(long limit) {
        this.limit = limit;
    }

    /** Charges one step; false once the budget is spent. */
    public boolean charge() {
        spent++;
        return spent <= limit;
    }

    /** Charges {@code steps} steps at once (work already done elsewhere); false once the budget is spent. */
    public boolean charge(long steps) {
        spent += steps;
        return spent <= limit;
    }

    public boolean exhausted() {
        return spent > limit;
    }

    public long spent() {
        return spent;
    }

    public long limit() {
        return limit;
    }
}
