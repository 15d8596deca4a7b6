package org.zwlint.core.analysis;

import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import org.zwlint.core.analysis.cfg.CfgNode;

/** The facts before each reachable CFG node; {@link #complete()} is false when the budget ran out. */
public final class Solution<F> {
    /** By node id. */
    private final List<@Nullable F> before;
    private final boolean complete;
    private final long steps;

    /** Takes the list, indexed by node id, which the solver no longer changes. */
    Solution(List<@Nullable F> before, boolean complete, long steps) {
        this.before = before;
        this.complete = complete;
        this.steps = steps;
    }

    /** The fact on entry to a node; empty when no path reaches it. */
    public Optional<F> before(CfgNode node) {
        @Nullable F fact = node.id() < before.size() ? before.get(node.id()) : null;
        return fact == null ? Optional.empty() : Optional.of(fact);
    }

    public boolean complete() {
        return complete;
    }

    public long steps() {
        return steps;
    }
}
