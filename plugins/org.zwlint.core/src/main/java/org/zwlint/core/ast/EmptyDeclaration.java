package org.zwlint.core.ast;

import java.util.List;

/** A stray semicolon at file scope. */
public record EmptyDeclaration(Span span) implements Declaration {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
