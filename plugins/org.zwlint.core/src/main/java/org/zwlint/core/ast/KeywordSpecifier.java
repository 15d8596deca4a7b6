package org.zwlint.core.ast;

import java.util.List;

/** A keyword in declaration specifiers: storage class, base type, qualifier, inline, calling convention. */
public record KeywordSpecifier(Span span, String keyword) implements Specifier {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
