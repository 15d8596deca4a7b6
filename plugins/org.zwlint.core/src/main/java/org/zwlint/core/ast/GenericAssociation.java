package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** One "type: value" (type empty for default) in _Generic. */
public record GenericAssociation(Span span, Optional<TypeName> type, Expression value) implements Node {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(type, value);
    }
}
