package org.zwlint.core.ast;

import java.util.List;

/** _Generic(control, type: value, default: value). */
public record GenericSelection(Span span, Expression control, List<GenericAssociation> associations) implements Expression {
    public GenericSelection {
        associations = List.copyOf(associations);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(control, associations);
    }
}
