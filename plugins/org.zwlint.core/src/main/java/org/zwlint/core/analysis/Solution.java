package org.zwlint.core.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.zwlint.core.analysis.cfg.CfgNode;

/** The facts before each reachable CFG node; {@link #complete()} is false when the budget ran out. */
public final class Solution<F> {
    private final Map<CfgNode, F> before;
    private final boolean complete;
    private final long steps;

    Solution(Map<CfgNode, F> before, boolean complete, long steps) {
        this.before = new IdentityHashMap<>(before);
        this.complete = complete;
        this.steps = steps;
    }

    /** The fact on entry to a node; empty when no path reaches it. */
    public Optional<F> before(CfgNode node) {
        return Optional.ofNullable(before.get(node));
    }

    public boolean complete() {
        return complete;
    }

    public long steps() {
        return steps;
    }
}
