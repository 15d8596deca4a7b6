package org.zwlint.core.ast;

import java.util.List;

/** An identifier used as a type name. */
public record TypedefName(Span span, String name) implements Specifier {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
