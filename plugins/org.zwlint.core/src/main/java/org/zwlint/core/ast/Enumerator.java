package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** One enumeration constant. */
public record Enumerator(Span span, Identifier name, Optional<Expression> value) implements Node {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(name, value);
    }
}
