package org.zwlint.core.ast;

import java.util.Arrays;
import java.util.Optional;

/** The operators of a {@link Binary}; assignment and the comma operator have nodes of their own. */
public enum BinaryOperator {
    MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), ADD("+"), SUBTRACT("-"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
    LESS("<"), GREATER(">"), LESS_EQUAL("<="), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
    BITWISE_AND("&"), BITWISE_XOR("^"), BITWISE_OR("|"), LOGICAL_AND("&&"), LOGICAL_OR("||");

    private final String spelling;

    BinaryOperator(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** && and ||: the right operand runs only for some values of the left. */
    public boolean isShortCircuit() {
        return this == LOGICAL_AND || this == LOGICAL_OR;
    }

    public boolean isComparison() {
        return switch (this) {
            case LESS, GREATER, LESS_EQUAL, GREATER_EQUAL, EQUAL, NOT_EQUAL -> true;
            default -> false;
        };
    }

    public static Optional<BinaryOperator> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(op -> op.spelling.equals(spelling)).findFirst();
    }
}
