package org.zwlint.core.analysis.cfg;

import java.util.Optional;

import org.zwlint.core.ast.Node;

/**
 * A control-flow edge. {@code label} is the CaseStatement of a CASE edge and the DefaultStatement
 * of a DEFAULT edge that goes to a default label; it is empty otherwise.
 */
public record Edge(CfgNode from, CfgNode to, EdgeKind kind, Optional<Node> label) {
    @Override
    public String toString() {
        return from.id() + " -" + kind + "-> " + to.id();
    }
}
