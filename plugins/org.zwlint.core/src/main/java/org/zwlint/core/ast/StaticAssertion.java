package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** _Static_assert(condition, message). */
public record StaticAssertion(Span span, Expression condition, Optional<Expression> message) implements Declaration, Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(condition, message);
    }
}
