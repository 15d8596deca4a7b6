package org.zwlint.core.ast;

import java.util.List;

/** Inline assembly, kept as one unit: __asm { ... }, __asm mov eax, 1, __asm__("..."). */
public record AsmBlock(Span span, String text) implements Declaration, Statement {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
