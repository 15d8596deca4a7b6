package org.zwlint.core.ast;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Flattens a node's fields (nodes, optional nodes, lists of nodes) into its child list. Every walk
 * asks every node for its children, so the list is built at its exact size in one array: no
 * growing, no iterator, no lambda per optional field. The lists a node holds are random-access copies.
 */
final class Children {
    private Children() {
    }

    /*
     * The shapes most nodes have get their own overloads (the compiler picks them over the general
     * one): their lists are built without the parts array, the count pass and the copy.
     */

    static List<Node> of(Node only) {
        return List.of(only);
    }

    static List<Node> of(Node first, Node second) {
        return List.of(first, second);
    }

    /** A node's list field: already an immutable copy (every node copies its lists), so shared, not copied. */
    static List<Node> of(List<? extends Node> nodes) {
        return List.copyOf(nodes);
    }

    static List<Node> of(Optional<? extends Node> node) {
        return node.isPresent() ? List.of(node.get()) : List.of();
    }

    static List<Node> of(Object... parts) {
        int count = 0;
        for (Object part : parts) {
            count += count(part);
        }
        if (count == 0) {
            return List.of();
        }
        Node[] out = new Node[count];
        int at = 0;
        for (Object part : parts) {
            at = fill(out, at, part);
        }
        return switch (count) {
            case 1 -> List.of(out[0]);
            case 2 -> List.of(out[0], out[1]);
            default -> Collections.unmodifiableList(Arrays.asList(out)); // a view of the one array, not a copy
        };
    }

    private static int count(@org.eclipse.jdt.annotation.Nullable Object part) {
        if (part instanceof Node) {
            return 1;
        }
        if (part instanceof Optional<?> optional) {
            return optional.isPresent() ? count(optional.get()) : 0;
        }
        if (part instanceof List<?> list) { // indexed: an iterator per list and walk adds up
            int count = 0;
            for (int i = 0; i < list.size(); i++) {
                count += count(list.get(i));
            }
            return count;
        }
        return 0;
    }

    private static int fill(Node[] out, int at, @org.eclipse.jdt.annotation.Nullable Object part) {
        if (part instanceof Node node) {
            out[at] = node;
            return at + 1;
        }
        if (part instanceof Optional<?> optional) {
            return optional.isPresent() ? fill(out, at, optional.get()) : at;
        }
        if (part instanceof List<?> list) {
            int next = at;
            for (int i = 0; i < list.size(); i++) {
                next = fill(out, next, list.get(i));
            }
            return next;
        }
        return at;
    }
}
