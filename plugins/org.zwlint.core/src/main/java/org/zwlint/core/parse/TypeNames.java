package org.zwlint.core.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * The typedef names one translation unit knows: a shared, read-only seed (the bundled WDK
 * model's names) plus the names this unit's own declarations and headers add as they parse.
 * Block-scoped typedefs are rare in driver code; they are learned after their function and
 * then treated as file-scoped.
 */
public final class TypeNames {
    private final Set<String> seed;
    private final Set<String> added = new HashSet<>();

    public TypeNames(Set<String> seed) {
        this.seed = seed;
    }

    public boolean contains(String name) {
        return added.contains(name) || seed.contains(name);
    }

    public void add(String name) {
        if (!seed.contains(name)) {
            added.add(name);
        }
    }

    /** The seed and every name added since, as one immutable set. */
    public Set<String> snapshot() {
        Set<String> all = new HashSet<>(seed);
        all.addAll(added);
        return Set.copyOf(all);
    }
}
