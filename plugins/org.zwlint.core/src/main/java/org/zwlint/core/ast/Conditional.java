package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** condition ? then : otherwise (then empty for the GNU "a ?: b"). */
public record Conditional(Span span, Expression condition, Optional<Expression> then, Expression otherwise) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(condition, then, otherwise);
    }
}
