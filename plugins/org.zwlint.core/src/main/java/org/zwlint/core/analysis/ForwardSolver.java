package org.zwlint.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

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
        List<@Nullable F> before = new ArrayList<>(java.util.Collections.nCopies(cfg.nodes().size(), (F) null));
        before.set(cfg.entry().id(), entry);
        // A queue ordered by rank, without duplicates: the smallest rank first.
        BitSet pending = new BitSet(order.size());
        boolean[] queuedOutside = new boolean[cfg.nodes().size()];
        Deque<CfgNode> outsideOrder = new ArrayDeque<>(); // nodes missing from the order (defensive)
        enqueue(cfg, cfg.entry(), pending, queuedOutside, outsideOrder);
        boolean complete = true;
        while (!pending.isEmpty() || !outsideOrder.isEmpty()) {
            CfgNode node;
            if (pending.isEmpty()) {
                node = outsideOrder.pop();
                queuedOutside[node.id()] = false;
            } else {
                int next = pending.nextSetBit(0);
                pending.clear(next);
                node = order.get(next);
            }
            if (!budget.charge()) {
                complete = false;
                break;
            }
            @Nullable F in = before.get(node.id());
            if (in == null) {
                continue;
            }
            F out = transfer.through(node, in);
            for (Edge edge : cfg.successors(node)) {
                F along = transfer.along(edge, out);
                CfgNode target = edge.to();
                @Nullable F old = before.get(target.id());
                F merged = old == null ? along : lattice.join(old, along);
                if (old != null && (merged == old || lattice.same(old, merged))) {
                    continue;
                }
                before.set(target.id(), merged);
                enqueue(cfg, target, pending, queuedOutside, outsideOrder);
            }
        }
        return new Solution<>(before, complete, budget.spent());
    }

    private static void enqueue(Cfg cfg, CfgNode node, BitSet pending, boolean[] queuedOutside,
            Deque<CfgNode> outsideOrder) {
        int rank = cfg.rank(node);
        if (rank >= 0) {
            pending.set(rank);
        } else if (!queuedOutside[node.id()]) {
            queuedOutside[node.id()] = true;
            outsideOrder.add(node);
        }
    }
}
