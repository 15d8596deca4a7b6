package org.zwlint.core.ast;

import java.util.List;

/** goto label; */
public record GotoStatement(Span span, Identifier label) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(label);
    }
}
