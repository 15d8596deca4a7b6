package org.zwlint.core.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flattens a node's fields (nodes, optional nodes, lists of nodes) into its child list. */
final class Children {
    private Children() {
    }

    static List<Node> of(Object... parts) {
        List<Node> out = new ArrayList<>(parts.length + 4);
        for (Object part : parts) {
            add(out, part);
        }
        return java.util.Collections.unmodifiableList(out); // a view, not a second copy: walks call this a lot
    }

    private static void add(List<Node> out, @org.eclipse.jdt.annotation.Nullable Object part) {
        if (part instanceof Node node) {
            out.add(node);
        } else if (part instanceof Optional<?> optional) {
            optional.ifPresent(value -> add(out, value));
        } else if (part instanceof List<?> list) {
            for (Object element : list) {
                add(out, element);
            }
        }
    }
}
