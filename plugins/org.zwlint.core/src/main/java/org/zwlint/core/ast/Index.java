package org.zwlint.core.ast;

import java.util.List;

/** base[index] */
public record Index(Span span, Expression base, Expression index) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(base, index);
    }
}
