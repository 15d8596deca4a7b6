package org.zwlint.core.ast;

import java.util.List;

/** sizeof(type) or _Alignof(type). */
public record SizeofType(Span span, String operator, TypeName type) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(type);
    }
}
