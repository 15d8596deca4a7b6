package org.zwlint.core.ast;

import java.util.List;

/** A binary operator, including assignments and the comma operator. */
public record Binary(Span span, String operator, Expression left, Expression right) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(left, right);
    }
}
