package org.zwlint.core.ast;

import java.util.List;

/** do body while (condition); */
public record DoStatement(Span span, Statement body, Expression condition) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(body, condition);
    }
}
