package org.zwlint.core.rules;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.zwlint.core.analysis.cfg.Cfg;
import org.zwlint.core.analysis.cfg.CfgNode;
import org.zwlint.core.analysis.cfg.Edge;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;

/**
 * Which use of a local comes next after the statement that stored into it, by the function's control flow: the
 * first use on some path from the store that does harm, where no use on that path checks the local or stores a new
 * value into it first. A check on one branch does not cover the other branch; a use earlier in the text but later
 * in a loop counts.
 */
final class LocalUseFlow {
    private LocalUseFlow() {
    }

    /**
     * The earliest (in the text) harmful use some path reaches from {@code store} before a killing use; empty when
     * none does. Empty too, as unknown, when a node of the flow graph cannot be found for the store or a use:
     * the caller then falls back to the order of the text.
     */
    static Optional<Optional<Identifier>> firstHarm(FunctionDefinition function, Node store, List<Identifier> uses,
            Parents parents, Predicate<Identifier> harms, Predicate<Identifier> kills) {
        Cfg cfg = Cfg.build(function);
        Optional<CfgNode> start = nodeOf(cfg, store, parents);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Map<CfgNode, List<Identifier>> usesAt = new HashMap<>();
        for (Identifier use : uses) {
            Optional<CfgNode> node = nodeOf(cfg, use, parents);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            usesAt.computeIfAbsent(node.get(), n -> new java.util.ArrayList<>()).add(use);
        }
        usesAt.values().forEach(list -> list.sort(Comparator.comparingInt(id -> id.range().startOffset())));
        Optional<Identifier> earliest = Optional.empty();
        Deque<CfgNode> work = new ArrayDeque<>();
        Set<CfgNode> seen = new HashSet<>();
        cfg.successors(start.get()).forEach(edge -> work.add(edge.to()));
        while (!work.isEmpty()) {
            CfgNode node = work.poll();
            if (node == start.get() || !seen.add(node)) {
                continue; // back at the store: the local gets a new value there
            }
            boolean stop = false;
            for (Identifier use : usesAt.getOrDefault(node, List.of())) {
                if (harms.test(use)) {
                    if (earliest.isEmpty() || use.range().startOffset() < earliest.get().range().startOffset()) {
                        earliest = Optional.of(use);
                    }
                    stop = true;
                    break;
                }
                if (kills.test(use)) {
                    stop = true;
                    break;
                }
            }
            if (!stop) {
                for (Edge edge : cfg.successors(node)) {
                    work.add(edge.to());
                }
            }
        }
        return Optional.of(earliest);
    }

    /** The node of the flow graph that evaluates an AST node: its own, or the nearest enclosing one's. */
    private static Optional<CfgNode> nodeOf(Cfg cfg, Node node, Parents parents) {
        Optional<CfgNode> own = cfg.nodeOf(node);
        if (own.isPresent()) {
            return own;
        }
        for (Node at : parents.ancestors(node)) {
            if (at instanceof FunctionDefinition) {
                break;
            }
            Optional<CfgNode> found = cfg.nodeOf(at);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
