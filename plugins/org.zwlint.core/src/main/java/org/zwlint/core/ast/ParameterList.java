package org.zwlint.core.ast;

import java.util.List;

/** (parameters) after a declarator; variadic when it ends in an ellipsis. */
public record ParameterList(Span span, List<Parameter> parameters, boolean variadic) implements DeclaratorSuffix {
    public ParameterList {
        parameters = List.copyOf(parameters);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(parameters);
    }
}
