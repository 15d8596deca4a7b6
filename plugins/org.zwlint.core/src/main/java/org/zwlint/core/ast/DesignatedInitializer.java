package org.zwlint.core.ast;

import java.util.List;

/** .field = value or [index] = value inside an initializer list. */
public record DesignatedInitializer(Span span, List<Designator> designators, Expression value) implements Expression {
    public DesignatedInitializer {
        designators = List.copyOf(designators);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(designators, value);
    }
}
