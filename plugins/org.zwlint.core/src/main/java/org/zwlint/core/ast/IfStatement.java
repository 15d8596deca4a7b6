package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** if (condition) then else otherwise. */
public record IfStatement(Span span, Expression condition, Statement then, Optional<Statement> otherwise) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(condition, then, otherwise);
    }
}
