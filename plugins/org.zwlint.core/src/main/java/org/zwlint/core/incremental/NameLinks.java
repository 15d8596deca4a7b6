package org.zwlint.core.incremental;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which functions are linked: a function that names another (calls it, takes its address, registers
 * it), directly or through a macro that names it, is linked to it, either way, since the engine's
 * summaries flow from callee to caller and its contexts from caller to callee. Functions of one name
 * are one. Unions over the functions of the old and the new text.
 */
final class NameLinks {
    private final Map<String, String> parent = new HashMap<>();

    NameLinks(Collection<FunctionChunk> chunks, Map<String, Set<String>> macros) {
        Set<String> names = new HashSet<>();
        chunks.forEach(chunk -> names.add(chunk.name()));
        names.forEach(name -> parent.put(name, name));
        for (FunctionChunk chunk : chunks) {
            for (String used : expanded(chunk.identifiers(), macros)) {
                if (names.contains(used)) {
                    union(chunk.name(), used);
                }
            }
        }
    }

    /** The identifiers and, for each macro among them, the identifiers its definition names, to any depth. */
    private static Set<String> expanded(Set<String> identifiers, Map<String, Set<String>> macros) {
        if (macros.isEmpty()) {
            return identifiers; // most files: no copy for each of hundreds of functions at every edit
        }
        Set<String> all = new HashSet<>(identifiers);
        List<String> pending = new java.util.ArrayList<>(identifiers);
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            for (String named : macros.getOrDefault(next, Set.of())) {
                if (all.add(named)) {
                    pending.add(named);
                }
            }
        }
        return all;
    }

    private String find(String name) {
        String root = name;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(name, root);
        return root;
    }

    private void union(String a, String b) {
        parent.put(find(a), find(b));
    }

    /** The names linked to any of {@code seeds}, the seeds included. */
    Set<String> linkedTo(Set<String> seeds) {
        Set<String> roots = new HashSet<>();
        seeds.stream().filter(parent::containsKey).forEach(seed -> roots.add(find(seed)));
        Set<String> linked = new HashSet<>(seeds);
        for (String name : parent.keySet()) {
            if (roots.contains(find(name))) {
                linked.add(name);
            }
        }
        return linked;
    }
}
