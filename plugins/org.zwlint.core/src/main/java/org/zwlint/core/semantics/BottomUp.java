package org.zwlint.core.semantics;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.zwlint.core.ast.Expression;

/**
 * Computes a value for an expression from the values of the sub-expressions it depends on, in
 * post-order with an explicit stack (a 10,000-deep expression must not overflow the JVM's), and
 * memoized per node: each node is computed once, after its inputs.
 */
final class BottomUp {
    private BottomUp() {
    }

    /** Fills {@code memo} for {@code root} and every input below it that is not there yet. */
    static <V> void fill(Expression root, Map<Expression, V> memo, Function<Expression, List<Expression>> inputs,
            Function<Expression, V> compute) {
        if (memo.containsKey(root)) {
            return; // known already, if only as "no value" (a memo may map a node to null)
        }
        List<Expression> rootInputs = inputs.apply(root);
        if (allKnown(rootInputs, memo)) {
            memo.put(root, compute.apply(root)); // most asks: a leaf, or inputs computed before; no stack
            return;
        }
        record Frame(Expression expression, boolean expanded) {
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, false));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            Expression e = frame.expression();
            if (memo.containsKey(e)) {
                continue;
            }
            if (frame.expanded()) {
                memo.put(e, compute.apply(e));
                continue;
            }
            stack.push(new Frame(e, true));
            for (Expression input : inputs.apply(e)) {
                if (!memo.containsKey(input)) {
                    stack.push(new Frame(input, false));
                }
            }
        }
    }

    private static <V> boolean allKnown(List<Expression> expressions, Map<Expression, V> memo) {
        for (int i = 0; i < expressions.size(); i++) {
            if (!memo.containsKey(expressions.get(i))) {
                return false;
            }
        }
        return true;
    }
}
