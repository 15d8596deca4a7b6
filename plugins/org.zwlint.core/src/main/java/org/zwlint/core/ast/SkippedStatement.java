package org.zwlint.core.ast;

import java.util.List;

/** Tokens of a block item skipped after a syntax error; the function's other statements are kept. */
public record SkippedStatement(Span span, String reason) implements Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
