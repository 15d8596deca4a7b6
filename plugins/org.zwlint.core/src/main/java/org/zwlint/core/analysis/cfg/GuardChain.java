package org.zwlint.core.analysis.cfg;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code __try} regions around a node, innermost first, as an immutable list that shares its
 * tail with the enclosing regions' list: entering a region costs one cell, not a copy of the
 * whole nesting, so 10,000 nested {@code __try} statements stay linear.
 */
final class GuardChain extends AbstractList<TryRegion> {
    static final GuardChain EMPTY = new GuardChain(null, null, 0);

    private final @Nullable TryRegion innermost;
    private final @Nullable GuardChain outer;
    private final int size;

    private GuardChain(@Nullable TryRegion innermost, @Nullable GuardChain outer, int size) {
        this.innermost = innermost;
        this.outer = outer;
        this.size = size;
    }

    /** This chain inside one more region. */
    GuardChain enter(TryRegion region) {
        return new GuardChain(region, this, size + 1);
    }

    @Override
    public TryRegion get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Iterator<TryRegion> it = iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<TryRegion> iterator() {
        return new Iterator<>() {
            private GuardChain at = GuardChain.this;

            @Override
            public boolean hasNext() {
                return at.size > 0;
            }

            @Override
            public TryRegion next() {
                TryRegion region = at.innermost;
                GuardChain next = at.outer;
                if (region == null || next == null) {
                    throw new NoSuchElementException();
                }
                at = next;
                return region;
            }
        };
    }
}
