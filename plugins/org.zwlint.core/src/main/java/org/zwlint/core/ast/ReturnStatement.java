package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** return value; */
public record ReturnStatement(Span span, Optional<Expression> value) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(value);
    }
}
