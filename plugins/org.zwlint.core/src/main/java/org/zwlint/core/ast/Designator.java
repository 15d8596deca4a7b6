package org.zwlint.core.ast;

import java.util.List;
import java.util.Optional;

/** .field, [index] or the GNU [low ... high]. */
public record Designator(Span span, Optional<Identifier> field, Optional<Expression> index, Optional<Expression> high) implements Node {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(field, index, high);
    }
}
