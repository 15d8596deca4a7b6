package org.zwlint.core.ast;

import java.util.List;

/** The GNU ({ statements }) expression. */
public record StatementExpression(Span span, CompoundStatement body) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(body);
    }
}
