package org.zwlint.core.model;

/** Size and alignment of a C type on one architecture; a probe of a fixed-size struct uses both. */
public record TypeLayout(int size, int alignment) {
    public TypeLayout {
        if (size <= 0 || alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("bad layout " + size + "/" + alignment);
        }
    }
}
