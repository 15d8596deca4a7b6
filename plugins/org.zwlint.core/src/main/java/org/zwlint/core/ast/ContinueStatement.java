package org.zwlint.core.ast;

import java.util.List;

/** continue; */
public record ContinueStatement(Span span) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
