package org.zwlint.core.ast;

import java.util.List;

/** One parsed source file: its top-level declarations in order, headers included. */
public record TranslationUnit(Span span, java.nio.file.Path file, List<Declaration> declarations) implements Node {
    public TranslationUnit {
        declarations = List.copyOf(declarations);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(declarations);
    }
}
