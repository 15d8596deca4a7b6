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

    /** This node and all its descendants, parents first. */
    default Stream<Node> descendants() {
        Stream.Builder<Node> all = Stream.builder();
        walk(all::add);
        return all.build();
    }
}
