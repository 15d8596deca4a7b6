package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** "case value:" (or the GNU range "case low ... high:"); the statements after it are the next block items. */
public record CaseStatement(Span span, Expression value, Optional<Expression> high) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(value, high);
    }
}
