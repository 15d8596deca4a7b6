package org.zwlint.core.ast;

/** Small questions about expressions that several analyses ask. */
public final class Expressions {
    private Expressions() {
    }

    /** The expression under its parentheses and casts: {@code ((PVOID)(p))} is {@code p}. */
    public static Expression stripped(Expression e) {
        Expression at = e;
        while (true) {
            if (at instanceof Parenthesized p) {
                at = p.inner();
            } else if (at instanceof Cast c) {
                at = c.operand();
            } else {
                return at;
            }
        }
    }
}
