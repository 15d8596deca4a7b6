package org.zwlint.core.analysis;

import java.util.OptionalLong;

import org.zwlint.core.ast.BinaryOperator;

/** Folds the arithmetic of a compound assignment when both sides are known (attrs |= OBJ_KERNEL_HANDLE). */
final class Constants {
    private Constants() {
    }

    static OptionalLong fold(BinaryOperator operator, OptionalLong left, OptionalLong right) {
        if (left.isEmpty() || right.isEmpty()) {
            return OptionalLong.empty();
        }
        long a = left.getAsLong();
        long b = right.getAsLong();
        return switch (operator) {
            case BITWISE_OR -> OptionalLong.of(a | b);
            case BITWISE_AND -> OptionalLong.of(a & b);
            case BITWISE_XOR -> OptionalLong.of(a ^ b);
            case ADD -> OptionalLong.of(a + b);
            case SUBTRACT -> OptionalLong.of(a - b);
            default -> OptionalLong.empty();
        };
    }
}
