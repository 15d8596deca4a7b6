package org.zwlint.core.ast;

import java.util.List;

/** { block items } */
public record CompoundStatement(Span span, List<Statement> items) implements Statement {
    public CompoundStatement {
        items = List.copyOf(items);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(items);
    }
}
