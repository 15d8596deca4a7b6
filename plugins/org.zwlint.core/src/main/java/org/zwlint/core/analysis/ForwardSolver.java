package org.zwlint.core.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwlint.core.analysis.cfg.Cfg;
import org.zwlint.core.analysis.cfg.CfgNode;
import org.zwlint.core.analysis.cfg.Edge;

/**
 * The one dataflow solver: a forward worklist over a function's CFG, monotone in the lattice the
 * caller gives. Nodes are taken in reverse post-order so a loop body settles before its exit is
 * revisited. Each node visit costs one step of the budget.
 */
public final class ForwardSolver {
    private ForwardSolver() {
    }

    public static <F> Solution<F> solve(Cfg cfg, F entry, Lattice<F> lattice, Transfer<F> transfer, WorkBudget budget) {
        List<CfgNode> order = cfg.reversePostOrder();
        Map<CfgNode, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Map<CfgNode, F> before = new IdentityHashMap<>();
        before.put(cfg.entry(), entry);
        // A queue ordered by rank, without duplicates: the smallest rank first.
        java.util.TreeSet<Integer> pending = new java.util.TreeSet<>();
        Set<CfgNode> queued = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(rank.getOrDefault(cfg.entry(), 0));
        queued.add(cfg.entry());
        Deque<CfgNode> outsideOrder = new ArrayDeque<>(); // nodes missing from the order (defensive)
        boolean complete = true;
        while (!pending.isEmpty() || !outsideOrder.isEmpty()) {
            CfgNode node = pending.isEmpty() ? outsideOrder.pop() : order.get(pending.pollFirst());
            queued.remove(node);
            if (!budget.charge()) {
                complete = false;
                break;
            }
            F in = before.get(node);
            if (in == null) {
                continue;
            }
            F out = transfer.through(node, in);
            for (Edge edge : cfg.successors(node)) {
                F along = transfer.along(edge, out);
                CfgNode target = edge.to();
                F old = before.get(target);
                F merged = old == null ? along : lattice.join(old, along);
                if (old != null && lattice.same(old, merged)) {
                    continue;
                }
                before.put(target, merged);
                if (queued.add(target)) {
                    java.util.Optional<Integer> at = java.util.Optional.ofNullable(rank.get(target));
                    if (at.isEmpty()) {
                        outsideOrder.add(target);
                    } else {
                        pending.add(at.get());
                    }
                }
            }
        }
        return new Solution<>(before, complete, budget.spent());
    }
}
