package org.zwlint.core.ast;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parent links of one tree, by node identity: nodes themselves are immutable and parentless. */
public final class Parents {
    private final Map<Node, Node> parentOf = new IdentityHashMap<>();

    private Parents() {
    }

    public static Parents of(Node root) {
        Parents parents = new Parents();
        root.walk(node -> {
            for (Node child : node.children()) {
                parents.parentOf.put(child, node);
            }
        });
        return parents;
    }

    public Optional<Node> parent(Node node) {
        return Optional.ofNullable(parentOf.get(node));
    }

    /** The parent, its parent, and so on up to the root. */
    public List<Node> ancestors(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node at = parentOf.get(node); at != null; at = parentOf.get(at)) {
            out.add(at);
        }
        return out;
    }

    /** The nearest ancestor of a kind. */
    public <T extends Node> Optional<T> enclosing(Node node, Class<T> kind) {
        for (Node at = parentOf.get(node); at != null; at = parentOf.get(at)) {
            if (kind.isInstance(at)) {
                return Optional.of(kind.cast(at));
            }
        }
        return Optional.empty();
    }
}
