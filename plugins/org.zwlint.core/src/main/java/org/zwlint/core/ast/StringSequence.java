package org.zwlint.core.ast;

import java.util.List;

/** Adjacent string literals and the macros between them ("a" NEWLINE L"b"). */
public record StringSequence(Span span, List<Expression> parts) implements Expression {
    public StringSequence {
        parts = List.copyOf(parts);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(parts);
    }
}
