package org.zwlint.core.ast;

import java.util.Arrays;
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

    public static Optional<AssignmentOperator> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(op -> op.spelling.equals(spelling)).findFirst();
    }
}
