package org.zwlint.core.preprocess;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The macros a token must not expand again: an immutable list that shares its tail, so adding
 * one name allocates one node instead of copying a set. Hide sets are short (one name per
 * nested expansion), so a linear lookup beats hashing; names are the macros' own strings, so
 * the lookup mostly compares references.
 */
final class HideSet {
    static final HideSet EMPTY = new HideSet("", null, 0);

    private final String name;
    private final @Nullable HideSet rest;
    private final int size;

    private HideSet(String name, @Nullable HideSet rest, int size) {
        this.name = name;
        this.rest = rest;
        this.size = size;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(String macro) {
        for (HideSet h = this; h != null && h.size > 0; h = h.rest) {
            if (h.name == macro || h.name.equals(macro)) {
                return true;
            }
        }
        return false;
    }

    HideSet with(String macro) {
        return contains(macro) ? this : new HideSet(macro, this, size + 1);
    }

    HideSet union(HideSet other) {
        if (other == this || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        HideSet small = size <= other.size ? this : other;
        HideSet result = small == this ? other : this;
        for (HideSet h = small; h != null && h.size > 0; h = h.rest) {
            result = result.with(h.name);
        }
        return result;
    }

    HideSet without(String macro) {
        if (!contains(macro)) {
            return this;
        }
        HideSet result = EMPTY;
        for (HideSet h = this; h != null && h.size > 0; h = h.rest) {
            if (!h.name.equals(macro)) {
                result = result.with(h.name);
            }
        }
        return result;
    }

    HideSet intersect(HideSet other) {
        if (other == this) {
            return this;
        }
        HideSet result = EMPTY;
        for (HideSet h = this; h != null && h.size > 0; h = h.rest) {
            if (other.contains(h.name)) {
                result = result.with(h.name);
            }
        }
        return result;
    }
}
