package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** [size] after a declarator. */
public record ArraySuffix(Span span, Optional<Expression> size) implements DeclaratorSuffix {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(size);
    }
}
