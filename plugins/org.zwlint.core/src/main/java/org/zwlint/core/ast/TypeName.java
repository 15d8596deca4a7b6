package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** A type written in a cast, sizeof, _Generic or macro argument. */
public record TypeName(Span span, List<Specifier> specifiers, Optional<Declarator> declarator) implements Node {
    public TypeName {
        specifiers = List.copyOf(specifiers);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(specifiers, declarator);
    }
}
