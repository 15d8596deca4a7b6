package org.zwlint.core.analysis;

import java.util.List;

import org.zwlint.core.semantics.Symbol;

/**
 * A variable and the selectors applied to it: {@code in->Target} is (in, ["->Target"]),
 * {@code *p} is (p, ["*"]). Facts about memory are keyed on these. Paths are cut at
 * {@link #MAX_SELECTORS} so a loop walking a list cannot grow them without end.
 */
public final class AccessPath {
    public static final int MAX_SELECTORS = 5;

    private final Symbol root;
    private final List<String> selectors;
    /** Paths are map keys in every state the solver builds: hash once. */
    private final int hash;

    public AccessPath(Symbol root, List<String> selectors) {
        this.root = root;
        this.selectors = List.copyOf(selectors);
        this.hash = System.identityHashCode(root) * 31 + this.selectors.hashCode();
    }

    public Symbol root() {
        return root;
    }

    public List<String> selectors() {
        return selectors;
    }

    public static AccessPath of(Symbol root) {
        return new AccessPath(root, List.of());
    }

    public boolean canExtend() {
        return selectors.size() < MAX_SELECTORS;
    }

    public AccessPath with(String selector) {
        List<String> longer = new java.util.ArrayList<>(selectors);
        longer.add(selector);
        return new AccessPath(root, longer);
    }

    /** Whether this path is the other one or reaches memory through it. */
    public boolean startsWith(AccessPath prefix) {
        return root == prefix.root && selectors.size() >= prefix.selectors.size()
                && selectors.subList(0, prefix.selectors.size()).equals(prefix.selectors);
    }

    @Override
    public boolean equals(@org.eclipse.jdt.annotation.Nullable Object other) {
        return other == this || other instanceof AccessPath path && path.hash == hash && path.root == root
                && path.selectors.equals(selectors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return spelling();
    }

    /** As C would spell it: in->Target. */
    public String spelling() {
        StringBuilder out = new StringBuilder();
        String prefix = "";
        for (String selector : selectors) {
            if (selector.equals("*")) {
                prefix = "*" + prefix;
            } else {
                out.append(selector);
            }
        }
        return prefix + root.name() + out;
    }
}
