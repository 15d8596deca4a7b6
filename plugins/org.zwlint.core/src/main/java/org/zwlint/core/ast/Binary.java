package org.zwlint.core.ast;

import java.util.List;

/** left operator right, for the arithmetic, bitwise, comparison and logical operators. */
public record Binary(Span span, BinaryOperator operator, Expression left, Expression right) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(left, right);
    }
}
