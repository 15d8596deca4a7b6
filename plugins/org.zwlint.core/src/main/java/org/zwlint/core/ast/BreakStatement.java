package org.zwlint.core.ast;

import java.util.List;

/** break; */
public record BreakStatement(Span span) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
