package org.zwlint.core.analysis.cfg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.Statement;

/**
 * The control-flow graph of one function (see the package documentation for how each construct
 * is represented). Immutable once built.
 */
public final class Cfg {
    private final FunctionDefinition function;
    private final List<CfgNode> nodes;
    private final List<List<Edge>> successors;
    private final List<List<Edge>> predecessors;
    private final CfgNode entry;
    private final CfgNode exit;
    private final Map<Node, CfgNode> byElement = new IdentityHashMap<>();
    private final Map<Statement, List<CfgNode>> byStatement = new IdentityHashMap<>();
    private final boolean[] reachable;
    private final List<CfgNode> reversePostOrder;
    /** Each node's place in {@link #reversePostOrder()}, by id: the solver's queue order. */
    private final int[] rank;
    private final Set<Edge> backEdges = Collections.newSetFromMap(new IdentityHashMap<>());

    Cfg(FunctionDefinition function, List<CfgNode> nodes, List<List<Edge>> successors,
            List<List<Edge>> predecessors, CfgNode entry, CfgNode exit) {
        this.function = function;
        this.nodes = List.copyOf(nodes);
        // stable, so CASE edges stay in source order; TRUE before FALSE reads better in dumps
        this.successors = successors.stream()
                .map(out -> out.stream().sorted(java.util.Comparator.comparing(Edge::kind)).toList()).toList();
        this.predecessors = predecessors.stream().map(List::copyOf).toList();
        this.entry = entry;
        this.exit = exit;
        for (CfgNode node : nodes) {
            node.element().ifPresent(e -> byElement.put(e, node));
            node.statement().ifPresent(s -> byStatement.computeIfAbsent(s, k -> new ArrayList<>()).add(node));
        }
        this.reachable = new boolean[nodes.size()];
        this.reversePostOrder = depthFirst();
        this.rank = new int[this.nodes.size()];
        java.util.Arrays.fill(rank, -1);
        for (int i = 0; i < reversePostOrder.size(); i++) {
            rank[reversePostOrder.get(i).id()] = i;
        }
    }

    /** Builds the CFG of a function. */
    public static Cfg build(FunctionDefinition function) {
        return CfgBuilder.build(function);
    }

    public FunctionDefinition function() {
        return function;
    }

    public CfgNode entry() {
        return entry;
    }

    /** The normal exit: {@code return} and the end of the body go here. */
    public CfgNode exit() {
        return exit;
    }

    /** Every node, by id: entry first, then in source order, the exit last. */
    public List<CfgNode> nodes() {
        return nodes;
    }

    /**
     * Every node in reverse post-order: the reverse post-order of the nodes reachable from the
     * entry, then, for each unreachable node not yet listed (by id), that of the nodes it reaches.
     */
    public List<CfgNode> reversePostOrder() {
        return reversePostOrder;
    }

    /** The node's place in {@link #reversePostOrder()}, or -1 if it is not listed there. */
    public int rank(CfgNode node) {
        return rank[checked(node).id()];
    }

    public List<Edge> successors(CfgNode node) {
        return successors.get(checked(node).id());
    }

    public List<Edge> predecessors(CfgNode node) {
        return predecessors.get(checked(node).id());
    }

    /**
     * The node that evaluates this AST node, by identity: a node's element, or a parenthesised
     * form of it ({@code ((x))} finds the BRANCH on {@code x}).
     */
    public Optional<CfgNode> nodeOf(Node astNode) {
        Node at = astNode;
        while (at instanceof Parenthesized p && !byElement.containsKey(at)) {
            at = p.inner();
        }
        return Optional.ofNullable(byElement.get(at));
    }

    /** The nodes that belong to a statement, in id order (none for a jump, a label or an empty statement). */
    public List<CfgNode> nodesOf(Statement statement) {
        List<CfgNode> found = byStatement.get(statement);
        return found == null ? List.of() : List.copyOf(found);
    }

    /** Whether some path from the entry reaches the node. */
    public boolean reachable(CfgNode node) {
        return reachable[checked(node).id()];
    }

    /** The nodes no path from the entry reaches (code after a return, say), by id. */
    public List<CfgNode> unreachable() {
        return nodes.stream().filter(n -> !reachable[n.id()]).toList();
    }

    /**
     * Whether an edge of this graph is a back edge: it goes to a node on the depth-first path that
     * reached its source (a loop's return to its head, a backward {@code goto}).
     */
    public boolean isBackEdge(Edge edge) {
        return backEdges.contains(edge);
    }

    private CfgNode checked(CfgNode node) {
        if (node.id() >= nodes.size() || nodes.get(node.id()) != node) {
            throw new IllegalArgumentException("node " + node + " is not in the CFG of " + function.name());
        }
        return node;
    }

    /** Iterative depth-first search: reachability, back edges and reverse post-order in one pass. */
    private List<CfgNode> depthFirst() {
        int[] state = new int[nodes.size()]; // 0 unseen, 1 on the path, 2 done
        int[] nextEdge = new int[nodes.size()];
        List<CfgNode> order = new ArrayList<>(nodes.size());
        List<CfgNode> roots = new ArrayList<>();
        roots.add(entry);
        roots.addAll(nodes);
        int[] path = new int[nodes.size()];
        for (CfgNode root : roots) {
            if (state[root.id()] != 0) {
                continue;
            }
            List<CfgNode> post = new ArrayList<>();
            int depth = 0;
            path[depth++] = root.id();
            state[root.id()] = 1;
            while (depth > 0) {
                int at = path[depth - 1];
                List<Edge> out = successors.get(at);
                if (nextEdge[at] < out.size()) {
                    Edge edge = out.get(nextEdge[at]++);
                    int to = edge.to().id();
                    if (state[to] == 0) {
                        state[to] = 1;
                        path[depth++] = to;
                    } else if (state[to] == 1) {
                        backEdges.add(edge);
                    }
                } else {
                    state[at] = 2;
                    post.add(nodes.get(at));
                    depth--;
                }
            }
            if (root == entry) {
                for (CfgNode n : post) {
                    reachable[n.id()] = true;
                }
            }
            Collections.reverse(post);
            order.addAll(post);
        }
        return List.copyOf(order);
    }

    /**
     * A text dump, one line per node: {@code 3:BRANCH(n > 0) -TRUE-> 4, -FALSE-> 6}. Guards show
     * as {@code [except]} or {@code [finally,except]} (innermost first), unreachable nodes say so,
     * back edges are marked {@code back}.
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (CfgNode node : nodes) {
            out.append(node);
            if (!node.guards().isEmpty()) {
                out.append(node.guards().stream().map(g -> g.hasExcept() ? "except" : "finally")
                        .collect(Collectors.joining(",", " [", "]")));
            }
            if (!reachable[node.id()]) {
                out.append(" unreachable");
            }
            List<Edge> out2 = successors.get(node.id());
            for (int i = 0; i < out2.size(); i++) {
                out.append(i == 0 ? " " : ", ").append(edgeText(out2.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private String edgeText(Edge edge) {
        String kind = switch (edge.kind()) {
            case NORMAL -> "";
            case CASE -> "CASE " + edge.label().map(l -> l instanceof org.zwlint.core.ast.CaseStatement c
                    ? ElementText.of(c.value()) : "?").orElse("?");
            default -> edge.kind().name();
        };
        if (isBackEdge(edge)) {
            kind = kind.isEmpty() ? "back" : kind + " back";
        }
        return (kind.isEmpty() ? "" : "-" + kind) + "-> " + edge.to().id();
    }

    /** The graph in Graphviz dot, for debugging. */
    public String toDot() {
        StringBuilder out = new StringBuilder("digraph \"" + dotEscape(function.name()) + "\" {\n");
        for (CfgNode node : nodes) {
            out.append("  n").append(node.id()).append(" [label=\"").append(dotEscape(node.toString()))
                    .append('"');
            if (node.kind() == CfgNode.Kind.BRANCH) {
                out.append(", shape=diamond");
            } else if (!node.guards().isEmpty()) {
                out.append(", style=filled, fillcolor=lightyellow");
            }
            out.append("];\n");
        }
        for (List<Edge> out2 : successors) {
            for (Edge edge : out2) {
                out.append("  n").append(edge.from().id()).append(" -> n").append(edge.to().id());
                if (edge.kind() != EdgeKind.NORMAL || isBackEdge(edge)) {
                    out.append(" [label=\"").append(dotEscape(edgeText(edge).replaceAll("^-|-?-> \\d+$", "")))
                            .append('"');
                    if (edge.kind() == EdgeKind.EXCEPTION) {
                        out.append(", style=dashed");
                    }
                    out.append(']');
                }
                out.append(";\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String dotEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return "Cfg of " + function.name() + " (" + nodes.size() + " nodes)";
    }
}
