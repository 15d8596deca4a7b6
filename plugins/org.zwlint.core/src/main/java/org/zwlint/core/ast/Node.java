package org.zwlint.core.ast;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.zwlint.core.source.TextRange;

/**
 * A node of ZwLint's own immutable C syntax tree. Every node knows where it was written and,
 * when a macro produced it, the macro invocation in the main file.
 * <p>
 * Nodes are records, so {@code equals} compares content: two uses of one macro can give equal
 * nodes. Analyses key their facts on node identity ({@link java.util.IdentityHashMap}), never on
 * {@code equals}.
 */
public sealed interface Node permits TranslationUnit, Declaration, Statement, Expression, Specifier, Declarator,
        DeclaratorSuffix, Parameter, TypeName, Enumerator, Designator, GenericAssociation {

    Span span();

    /** The direct children, in source order. */
    List<Node> children();

    default TextRange range() {
        return span().range();
    }

    default Optional<TextRange> expansionSite() {
        return span().expansionSite();
    }

    /** Visits this node and every descendant, parents before children, in source order. */
    default void walk(Consumer<Node> visitor) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            visitor.accept(node);
            List<Node> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }

    /**
     * Visits this node and its descendants in source order, calling enter before and leave after
     * a node's children. Iterative, so a 10,000-deep tree does not overflow the stack.
     */
    default void accept(AstVisitor visitor) {
        record Frame(Node node, boolean entered) {
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(this, false));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (frame.entered()) {
                visitor.leave(frame.node());
                continue;
            }
            stack.push(new Frame(frame.node(), true));
            if (visitor.enter(frame.node()) == AstVisitor.Descend.CHILDREN) {
                List<Node> kids = frame.node().children();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(new Frame(kids.get(i), false));
                }
            }
        }
    }

    /** The descendants of one kind (this node included), in source order. */
    default <T extends Node> List<T> descendants(Class<T> kind) {
        List<T> found = new java.util.ArrayList<>();
        walk(node -> {
            if (kind.isInstance(node)) {
                found.add(kind.cast(node));
            }
        });
        return found;
    }

    /** This node and all its descendants, parents first. */
    default Stream<Node> descendants() {
        Stream.Builder<Node> all = Stream.builder();
        walk(all::add);
        return all.build();
    }
}
