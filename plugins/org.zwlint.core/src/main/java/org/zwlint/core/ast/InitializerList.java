package org.zwlint.core.ast;

import java.util.List;

/** { items } in an initializer. */
public record InitializerList(Span span, List<Expression> items) implements Expression {
    public InitializerList {
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
