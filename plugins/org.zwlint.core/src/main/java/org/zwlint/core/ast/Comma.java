package org.zwlint.core.ast;

import java.util.List;

/** left, right: left runs first, the value is right's. */
public record Comma(Span span, Expression left, Expression right) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(left, right);
    }
}
