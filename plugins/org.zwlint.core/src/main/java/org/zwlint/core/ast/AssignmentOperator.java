package org.zwlint.core.ast;

import java.util.Optional;

/** = and the compound assignments; a compound one also reads its target. */
public enum AssignmentOperator {
    ASSIGN("=", null), MULTIPLY("*=", BinaryOperator.MULTIPLY), DIVIDE("/=", BinaryOperator.DIVIDE),
    REMAINDER("%=", BinaryOperator.REMAINDER), ADD("+=", BinaryOperator.ADD), SUBTRACT("-=", BinaryOperator.SUBTRACT),
    SHIFT_LEFT("<<=", BinaryOperator.SHIFT_LEFT), SHIFT_RIGHT(">>=", BinaryOperator.SHIFT_RIGHT),
    BITWISE_AND("&=", BinaryOperator.BITWISE_AND), BITWISE_XOR("^=", BinaryOperator.BITWISE_XOR),
    BITWISE_OR("|=", BinaryOperator.BITWISE_OR);

    private final String spelling;
    private final @org.eclipse.jdt.annotation.Nullable BinaryOperator compound;

    AssignmentOperator(String spelling, @org.eclipse.jdt.annotation.Nullable BinaryOperator compound) {
        this.spelling = spelling;
        this.compound = compound;
    }

    public String spelling() {
        return spelling;
    }

    /** The arithmetic a compound assignment applies (|= is BITWISE_OR); empty for plain =. */
    public Optional<BinaryOperator> compound() {
        BinaryOperator arithmetic = compound;
        return arithmetic == null ? Optional.empty() : Optional.of(arithmetic);
    }

    /** Each spelling's first operator in declaration order (what a search of {@code values()} would find). */
    private static final java.util.Map<String, AssignmentOperator> BY_SPELLING = bySpelling();

    private static java.util.Map<String, AssignmentOperator> bySpelling() {
        java.util.Map<String, AssignmentOperator> map = new java.util.HashMap<>();
        for (AssignmentOperator op : values()) {
            map.putIfAbsent(op.spelling, op);
        }
        return java.util.Map.copyOf(map);
    }

    /** Looked up, not searched: the parser asks for every operator it builds. */
    public static Optional<AssignmentOperator> fromSpelling(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling));
    }
}
