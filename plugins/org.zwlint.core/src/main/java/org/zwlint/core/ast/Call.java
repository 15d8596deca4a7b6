package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** callee(arguments); an argument may be a type (va_arg(list, int)). */
public record Call(Span span, Expression callee, List<Node> arguments) implements Expression {
    public Call {
        arguments = List.copyOf(arguments);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(callee, arguments);
    }

    /** The called name when the callee is a plain identifier. */
    public Optional<String> calleeName() {
        return callee instanceof Identifier id ? Optional.of(id.name()) : Optional.empty();
    }
}
