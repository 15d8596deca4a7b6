package org.zwlint.core.analysis;

import java.util.List;

import org.zwlint.core.semantics.Symbol;

/**
 * A variable and the selectors applied to it: {@code in->Target} is (in, ["->Target"]),
 * {@code *p} is (p, ["*"]). Facts about memory are keyed on these. Paths are cut at
 * {@link #MAX_SELECTORS} so a loop walking a list cannot grow them without end.
 */
public record AccessPath(Symbol root, List<String> selectors) {
    public static final int MAX_SELECTORS = 5;

    public AccessPath {
        selectors = List.copyOf(selectors);
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
        return other instanceof AccessPath path && path.root == root && path.selectors.equals(selectors);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(root) * 31 + selectors.hashCode();
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
