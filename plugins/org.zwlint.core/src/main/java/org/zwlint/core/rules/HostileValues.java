package org.zwlint.core.rules;

import java.util.OptionalLong;

import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.semantics.SemanticModel;

/**
 * The values a hostile requestor gives a location the driver reads twice: one that passes the first read's check
 * (the bound itself where the check compares with a constant, one below it for a strict upper bound), and one far
 * past it for the second read. Where the check has no constant bound, a small value and a large one.
 */
record HostileValues(long checked, long used, String check) {
    /** How far past the checked value the second read's value lies: a page, enough to overrun any small buffer. */
    private static final long OVERRUN = 0x1000;
    private static final long SMALL = 0x10;
    private static final long LARGE = 0x10000;

    static HostileValues of(Node firstRead, Parents parents, SemanticModel semantics) {
        Node child = firstRead;
        for (Node at : parents.ancestors(firstRead)) {
            if (at instanceof Binary binary && binary.operator().isComparison()) {
                boolean readOnLeft = binary.left() == child;
                OptionalLong bound = semantics.constantValue(readOnLeft ? binary.right() : binary.left());
                String text = "`" + ExpressionText.of(binary) + "`";
                if (bound.isEmpty()) {
                    return new HostileValues(SMALL, LARGE, text);
                }
                BinaryOperator op = readOnLeft ? binary.operator() : flipped(binary.operator());
                long limit = bound.getAsLong();
                long checked = op == BinaryOperator.LESS || op == BinaryOperator.GREATER_EQUAL ? limit - 1 : limit;
                return new HostileValues(Math.max(checked, 0), Math.max(limit, 0) + OVERRUN, text);
            }
            if (at instanceof Call call && call.calleeName().isPresent()) {
                return new HostileValues(SMALL, LARGE, "the first use, by " + call.calleeName().get() + ",");
            }
            if (at instanceof Statement) {
                break;
            }
            child = at;
        }
        return new HostileValues(SMALL, LARGE, "the check");
    }

    /** The operator with its operands swapped: {@code a < b} is {@code b > a}. */
    private static BinaryOperator flipped(BinaryOperator op) {
        return switch (op) {
            case LESS -> BinaryOperator.GREATER;
            case GREATER -> BinaryOperator.LESS;
            case LESS_EQUAL -> BinaryOperator.GREATER_EQUAL;
            case GREATER_EQUAL -> BinaryOperator.LESS_EQUAL;
            default -> op;
        };
    }
}
