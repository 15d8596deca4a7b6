package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.source.TextRange;

/**
 * Where a developer sees a node: its own range when it was written in the driver's code (a macro
 * argument included), else the macro invocation that produced it (RtlCopyMemory(...) for the memcpy
 * inside the macro's body, which lives in a header or the bundled model).
 */
public final class Places {
    private Places() {
    }

    public static TextRange of(Node node) {
        Node at = node;
        // A macro body's parentheses around an argument, (Destination) in memcpy((Destination), ...), are not
        // in the driver's text, but the argument is: memcpy's two pointers are two places, not one.
        while (at instanceof Parenthesized p && !p.range().file().equals(p.inner().range().file())) {
            at = p.inner();
        }
        Optional<TextRange> site = at.expansionSite();
        if (site.isPresent() && !site.get().file().equals(at.range().file())) {
            return site.get();
        }
        return at.range();
    }
}
