package org.zwlint.core.ast;

import java.util.List;

/** Tokens skipped after a syntax error, up to the next top-level boundary. */
public record SkippedDeclaration(Span span, String reason, boolean looksLikeFunction) implements Declaration {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
