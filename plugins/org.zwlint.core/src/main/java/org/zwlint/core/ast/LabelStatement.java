package org.zwlint.core.ast;

import java.util.List;

/** "name:", a goto target; the statement after it is the next block item. */
public record LabelStatement(Span span, Identifier label) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(label);
    }
}
