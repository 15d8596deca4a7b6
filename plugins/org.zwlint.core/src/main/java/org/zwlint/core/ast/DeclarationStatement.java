package org.zwlint.core.ast;

import java.util.List;

/** A declaration inside a block. */
public record DeclarationStatement(Span span, SimpleDeclaration declaration) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(declaration);
    }
}
