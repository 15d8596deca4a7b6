package org.zwlint.core.ast;

import java.util.List;

/** (type){ initializers } */
public record CompoundLiteral(Span span, TypeName type, InitializerList initializer) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(type, initializer);
    }
}
