package org.zwlint.core.ast;

import java.util.List;

/** A top-level use of a function-like macro the parser cannot see into, e.g. DEFINE_GUID(...). */
public record MacroInvocation(Span span, Identifier macro, String arguments) implements Declaration {
    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Node> children() {
        return Children.of(macro);
    }
}
