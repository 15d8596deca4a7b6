package org.zwlint.core.analysis.cfg;

import java.util.List;
import java.util.Optional;

import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Statement;

/**
 * One node of a {@link Cfg}. Nodes compare by identity; {@link #id()} is their index in
 * {@link Cfg#nodes()}.
 */
public final class CfgNode {
    /** What a node stands for. */
    public enum Kind {
        /** The function's start; no element. */
        ENTRY,
        /** The normal end of the function, where {@code return} and falling off the end go; no element. */
        EXIT,
        /**
         * A full expression evaluated for its effect or value: an expression statement's expression,
         * a return value, a for-init or for-step expression, a switch selector, a Declarator with an
         * initialiser, or an unparsed SkippedStatement / AsmBlock (whose effect is unknown).
         */
        ELEMENT,
        /** An atomic condition (after short-circuit decomposition) with TRUE and FALSE out-edges. */
        BRANCH,
        /** The filter expression of a {@code __except}. */
        EXCEPT_FILTER,
        /** A merge point with no element: the end of a shared {@code __finally} block, or a cycle with no node. */
        JOIN
    }

    private final int id;
    private final Kind kind;
    private final Optional<Node> element;
    private final Optional<Statement> statement;
    private final List<TryRegion> guards;
    private final boolean guardedByExcept;

    CfgNode(int id, Kind kind, Optional<Node> element, Optional<Statement> statement, List<TryRegion> guards,
            boolean guardedByExcept) {
        this.id = id;
        this.kind = kind;
        this.element = element;
        this.statement = statement;
        this.guards = guards;
        this.guardedByExcept = guardedByExcept;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The AST piece this node evaluates (see {@link Kind}); empty for ENTRY, EXIT and JOIN. */
    public Optional<Node> element() {
        return element;
    }

    /** The statement this node belongs to, for messages and ranges; empty for ENTRY and EXIT. */
    public Optional<Statement> statement() {
        return statement;
    }

    /** The {@code __try} bodies that enclose this node, innermost first. */
    public List<TryRegion> guards() {
        return guards;
    }

    /** Whether some enclosing {@code __try} has an {@code __except}, so a fault here is caught in this function. */
    public boolean guardedByExcept() {
        return guardedByExcept;
    }

    @Override
    public String toString() {
        return id + ":" + kind + element.map(e -> "(" + ElementText.of(e) + ")").orElse("");
    }
}
