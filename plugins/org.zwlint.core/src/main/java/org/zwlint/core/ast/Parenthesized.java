package org.zwlint.core.ast;

import java.util.List;

/** (expression) */
public record Parenthesized(Span span, Expression inner) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(inner);
    }
}
