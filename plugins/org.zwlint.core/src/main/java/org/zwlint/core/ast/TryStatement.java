package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** SEH: __try body followed by __except (filter) handler, or by __finally handler. */
public record TryStatement(Span span, CompoundStatement body, Optional<Expression> filter, CompoundStatement handler, boolean isFinally) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(body, filter, handler);
    }
}
