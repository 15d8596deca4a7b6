package org.zwlint.core.ast;

import java.util.List;

/** __typeof__(type or expression), or _Alignas(...), or _Atomic(type): a keyword applied to an operand. */
public record TypeofSpecifier(Span span, String keyword, Node operand) implements Specifier {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(operand);
    }
}
