package org.zwlint.core.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.semantics.SemanticModel;

/**
 * The values a hostile requestor gives a location the driver reads twice: one that passes the first read's check
 * and one far past it for the second read. The check is the comparison of the location with a constant in the
 * first read's condition; an upper bound ({@code <}, {@code <=}, {@code >}, {@code >=}) is preferred over an
 * equality test in the same condition ({@code Count == 0 || Count > MAX}), as it is the one a size must pass. The
 * checked value is the bound itself, one below it for a strict bound; where no constant bounds the value, a small
 * value and a large one.
 */
record HostileValues(long checked, long used, String check) {
    /** How far past the checked value the second read's value lies: a page, enough to overrun any small buffer. */
    private static final long OVERRUN = 0x1000;
    private static final long SMALL = 0x10;
    private static final long LARGE = 0x10000;

    static HostileValues of(Node firstRead, Parents parents, SemanticModel semantics) {
        if (firstRead instanceof Call helper) {
            // the check is inside the helper: what the condition around its call decides is all that is known
            return new HostileValues(SMALL, LARGE, "`" + ExpressionText.of(helper) + "`");
        }
        String location = ExpressionText.of(firstRead);
        Node top = firstRead;
        Optional<String> user = Optional.empty();
        for (Node at : parents.ancestors(firstRead)) {
            if (at instanceof Statement) {
                break;
            }
            if (at instanceof Call call && call.calleeName().isPresent() && user.isEmpty()) {
                user = Optional.of("the first use, by " + call.calleeName().get() + ",");
            }
            top = at;
        }
        Node condition = top;
        Optional<HostileValues> bounded = bound(condition, location, semantics, true)
                .or(() -> bound(condition, location, semantics, false));
        if (bounded.isPresent()) {
            return bounded.get();
        }
        return new HostileValues(SMALL, LARGE, user.orElse("the check"));
    }

    /** The first comparison of {@code location} with a constant in the expression: relational ones or equalities. */
    private static Optional<HostileValues> bound(Node top, String location, SemanticModel semantics,
            boolean relational) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Binary binary && binary.operator().isComparison()
                    && relational == !(binary.operator() == BinaryOperator.EQUAL
                            || binary.operator() == BinaryOperator.NOT_EQUAL)) {
                boolean onLeft = ExpressionText.of(binary.left()).equals(location);
                boolean onRight = ExpressionText.of(binary.right()).equals(location);
                Expression other = onLeft ? binary.right() : binary.left();
                OptionalLong limit = onLeft || onRight ? semantics.constantValue(other) : OptionalLong.empty();
                if (limit.isPresent()) {
                    BinaryOperator op = onLeft ? binary.operator() : flipped(binary.operator());
                    long value = limit.getAsLong();
                    long checked = switch (op) {
                        case LESS, GREATER_EQUAL -> value - 1;
                        case EQUAL -> value + 1; // an equality in a condition rejects the value it names
                        default -> value;
                    };
                    return Optional.of(new HostileValues(Math.max(checked, 0), Math.max(value, 0) + OVERRUN,
                            "`" + ExpressionText.of(binary) + "`"));
                }
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                pending.push(node.children().get(i));
            }
        }
        return Optional.empty();
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
