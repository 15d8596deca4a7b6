package org.zwlint.core.semantics;

/** void. */
public record VoidType() implements CType {
    public static final VoidType VOID = new VoidType();
}
