package org.zwlint.core.ast;

import java.util.List;

/** A prefix or postfix operator (++, --, &, *, +, -, ~, !, sizeof, _Alignof) applied to an operand. */
public record Unary(Span span, UnaryOperator operator, Expression operand) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(operand);
    }

    public boolean postfix() {
        return operator.isPostfix();
    }
}
