package org.zwlint.core.ast;

import java.util.List;

/** (type) operand */
public record Cast(Span span, TypeName type, Expression operand) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(type, operand);
    }
}
