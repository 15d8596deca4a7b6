package org.zwlint.core.analysis;

import java.util.Optional;
import java.util.Set;

import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Expressions;
import org.zwlint.core.ast.Identifier;

/**
 * A hand-written probe: a pointer, or a pointer plus a length, compared with the top of user
 * space ({@code (ULONG_PTR)p + n > MmUserProbeAddress}). Holds the side of the comparison that
 * keeps the pointer below the limit; the other side is the driver's rejection path.
 */
record UserRangeCheck(Binary comparison, Expression pointer, Optional<Expression> length, String limit) {
    /** The kernel's variables for the top of user space, and the MM_* macros that name them. */
    private static final Set<String> LIMITS = Set.of("MmUserProbeAddress", "MmHighestUserAddress",
            "MmSystemRangeStart", "MM_USER_PROBE_ADDRESS", "MM_HIGHEST_USER_ADDRESS", "MM_SYSTEM_RANGE_START");

    /** The check, when {@code comparison} taking the branch {@code onTrue} keeps the pointer in user space. */
    static Optional<UserRangeCheck> of(Binary comparison, boolean onTrue) {
        Optional<String> right = limit(comparison.right());
        Optional<String> left = limit(comparison.left());
        if (right.isPresent() == left.isPresent()) {
            return Optional.empty();
        }
        BinaryOperator operator = comparison.operator();
        boolean less = operator == BinaryOperator.LESS || operator == BinaryOperator.LESS_EQUAL;
        // other < limit holds on the true branch; limit < other on the false one
        boolean below = right.isPresent() ? less == onTrue : less != onTrue;
        if (!below) {
            return Optional.empty();
        }
        Expression other = Expressions.stripped(right.isPresent() ? comparison.left() : comparison.right());
        if (other instanceof Binary sum && sum.operator() == BinaryOperator.ADD) {
            return Optional.of(new UserRangeCheck(comparison, Expressions.stripped(sum.left()), Optional.of(sum.right()),
                    right.orElseGet(left::orElseThrow)));
        }
        return Optional.of(new UserRangeCheck(comparison, other, Optional.empty(), right.orElseGet(left::orElseThrow)));
    }

    private static Optional<String> limit(Expression e) {
        return Expressions.stripped(e) instanceof Identifier id && LIMITS.contains(id.name()) ? Optional.of(id.name())
                : Optional.empty();
    }
}
