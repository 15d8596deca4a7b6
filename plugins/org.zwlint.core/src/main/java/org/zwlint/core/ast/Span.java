package org.zwlint.core.ast;

import java.util.Optional;

import org.zwlint.core.source.TextRange;

/**
 * Where a node came from: the exact range where its text was written (the main file, a header,
 * or a macro body), and, for text produced by a macro, the invocation in the main file.
 */
public record Span(TextRange range, Optional<TextRange> expansionSite) {
    public static Span of(TextRange range) {
        return new Span(range, Optional.empty());
    }

    public boolean fromMacro() {
        return expansionSite.isPresent();
    }
}
