package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.ast.Node;
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
        Optional<TextRange> site = node.expansionSite();
        if (site.isPresent() && !site.get().file().equals(node.range().file())) {
            return site.get();
        }
        return node.range();
    }
}
