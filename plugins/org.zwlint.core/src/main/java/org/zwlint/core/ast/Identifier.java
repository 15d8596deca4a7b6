package org.zwlint.core.ast;

import java.util.List;

/** A name, as written. */
public record Identifier(Span span, String name) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
