package org.zwlint.core.ast;

/** The operators of a {@link Unary}. */
public enum UnaryOperator {
    PRE_INCREMENT("++"), PRE_DECREMENT("--"), POST_INCREMENT("++"), POST_DECREMENT("--"), ADDRESS_OF("&"),
    DEREFERENCE("*"), PLUS("+"), MINUS("-"), BITWISE_NOT("~"), LOGICAL_NOT("!"), SIZEOF("sizeof"),
    ALIGNOF("_Alignof");

    private final String spelling;

    UnaryOperator(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public boolean isPostfix() {
        return this == POST_INCREMENT || this == POST_DECREMENT;
    }

    /** ++ and --, which write their operand. */
    public boolean writesOperand() {
        return switch (this) {
            case PRE_INCREMENT, PRE_DECREMENT, POST_INCREMENT, POST_DECREMENT -> true;
            default -> false;
        };
    }

    /** sizeof and _Alignof do not evaluate their operand. */
    public boolean isUnevaluated() {
        return this == SIZEOF || this == ALIGNOF;
    }

    /** The operator of a prefix or postfix spelling; sizeof's alternate spellings (__alignof) map too. */
    public static UnaryOperator of(String spelling, boolean postfix) {
        return switch (spelling) {
            case "++" -> postfix ? POST_INCREMENT : PRE_INCREMENT;
            case "--" -> postfix ? POST_DECREMENT : PRE_DECREMENT;
            case "&" -> ADDRESS_OF;
            case "*" -> DEREFERENCE;
            case "+" -> PLUS;
            case "-" -> MINUS;
            case "~" -> BITWISE_NOT;
            case "!" -> LOGICAL_NOT;
            case "sizeof" -> SIZEOF;
            default -> ALIGNOF;
        };
    }
}
