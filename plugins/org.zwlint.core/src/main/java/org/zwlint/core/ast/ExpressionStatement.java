package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** An expression followed by ";" (or just ";"). */
public record ExpressionStatement(Span span, Optional<Expression> expression) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(expression);
    }
}
