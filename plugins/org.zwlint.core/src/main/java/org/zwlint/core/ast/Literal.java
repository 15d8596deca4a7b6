package org.zwlint.core.ast;

import java.util.List;

/** A number, character or single string literal, as written. */
public record Literal(Span span, Literal.Kind kind, String text) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    public enum Kind {
        NUMBER, CHARACTER, STRING
    }
}
