package org.zwlint.core.semantics;

/** A pointer to target. */
public record Pointer(CType target) implements CType {
    /** Pointers are 8 bytes on x64. */
    public static final int SIZE = 8;
}
