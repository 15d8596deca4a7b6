package org.zwlint.core.ast;

import java.util.List;

/** base.member or base->member. */
public record MemberAccess(Span span, Expression base, Identifier member, boolean arrow) implements Expression {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(base, member);
    }
}
