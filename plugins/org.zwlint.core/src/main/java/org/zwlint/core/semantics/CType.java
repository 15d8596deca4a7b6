package org.zwlint.core.semantics;

import java.util.Optional;

/**
 * A C type, structural: typedef names are resolved away (use {@link TypeSystem#typedefName} for
 * the spelling of a declaration), and qualifiers (const, volatile) are dropped because no fact
 * ZwLint derives depends on them.
 */
public sealed interface CType permits Scalar, Pointer, Array, FunctionType, RecordType, EnumType, VoidType, UnknownType {
    default boolean isPointer() {
        return this instanceof Pointer;
    }

    /** The pointer's target or the array's element: what a * or [] reaches. */
    default Optional<CType> pointee() {
        if (this instanceof Pointer p) {
            return Optional.of(p.target());
        }
        if (this instanceof Array a) {
            return Optional.of(a.element());
        }
        return Optional.empty();
    }

    /** Integer, floating or enum: what arithmetic and comparisons take. */
    default boolean isArithmetic() {
        return this instanceof Scalar || this instanceof EnumType;
    }

    default boolean isKnown() {
        return !(this instanceof UnknownType);
    }

    /** C spelling, e.g. "struct _IRP *", "void (*)(int)", "unsigned long [4]". */
    default String display() {
        return TypeDisplay.of(this);
    }
}
