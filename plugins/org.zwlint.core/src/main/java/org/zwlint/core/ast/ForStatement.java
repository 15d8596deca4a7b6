package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** for (init; condition; step) body; init is a declaration or an expression. */
public record ForStatement(Span span, Optional<Node> init, Optional<Expression> condition, Optional<Expression> step, Statement body) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(init, condition, step, body);
    }
}
