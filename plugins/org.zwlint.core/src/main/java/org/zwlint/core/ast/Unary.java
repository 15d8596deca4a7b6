package org.zwlint.core.ast;

import java.util.List;

/** A prefix or postfix operator (++, --, &, *, +, -, ~, !, sizeof, _Alignof) applied to an operand. */
public record Unary(Span span, String operator, Expression operand, boolean postfix) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(operand);
    }
}
