package org.zwlint.core.ast;

import java.util.List;

/** target = value, or a compound assignment such as target |= value. */
public record Assignment(Span span, AssignmentOperator operator, Expression target, Expression value)
        implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(target, value);
    }
}
