package org.zwlint.core.ast;

import java.util.List;

/** while (condition) body */
public record WhileStatement(Span span, Expression condition, Statement body) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(condition, body);
    }
}
