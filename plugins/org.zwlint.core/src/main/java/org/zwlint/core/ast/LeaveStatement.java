package org.zwlint.core.ast;

import java.util.List;

/** __leave; (leaves the enclosing __try). */
public record LeaveStatement(Span span) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
