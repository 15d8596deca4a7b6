package org.zwlint.core.ast;

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

    /** Each spelling's first operator in declaration order (what a search of {@code values()} would find). */
    private static final java.util.Map<String, BinaryOperator> BY_SPELLING = bySpelling();

    private static java.util.Map<String, BinaryOperator> bySpelling() {
        java.util.Map<String, BinaryOperator> map = new java.util.HashMap<>();
        for (BinaryOperator op : values()) {
            map.putIfAbsent(op.spelling, op);
        }
        return java.util.Map.copyOf(map);
    }

    /** Looked up, not searched: the parser asks for every operator it builds. */
    public static Optional<BinaryOperator> fromSpelling(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling));
    }
}
