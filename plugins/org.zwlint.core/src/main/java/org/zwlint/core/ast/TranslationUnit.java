package org.zwlint.core.ast;

import java.util.List;

/**
 * One parsed source file: its top-level declarations in order, headers included, and the
 * pragmas the parser could not place in the tree (a #pragma inside an argument list, or a
 * __pragma(...) produced by a macro such as WHILE(x)).
 */
public record TranslationUnit(Span span, java.nio.file.Path file, List<Declaration> declarations,
        List<PragmaDirective> detachedPragmas) implements Node {
    public TranslationUnit {
        declarations = List.copyOf(declarations);
        detachedPragmas = List.copyOf(detachedPragmas);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(declarations, detachedPragmas);
    }
}
