package org.zwlint.core.rules;

import java.util.Locale;
import java.util.Optional;

import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Node;

/**
 * Code that sets the current thread's PreviousMode itself: a write to a PreviousMode field (or through an offset
 * into KeGetCurrentThread()/PsGetCurrentThread()), or a call of a helper that says it sets the previous mode.
 */
record PreviousModeSwitch(Node at, String what) {
    static Optional<PreviousModeSwitch> in(FunctionDefinition function) {
        PreviousModeSwitch[] found = new PreviousModeSwitch[1];
        function.body().walk(node -> {
            if (found[0] != null) {
                return;
            }
            if (node instanceof Assignment assignment) {
                String target = ExpressionText.of(assignment.target());
                String lower = target.toLowerCase(Locale.ROOT);
                if (lower.contains("previousmode") || lower.contains("getcurrentthread")) {
                    found[0] = new PreviousModeSwitch(node, "writes `" + target + "`");
                }
            } else if (node instanceof Call call && call.calleeName().isPresent()) {
                String callee = call.calleeName().get();
                String lower = callee.toLowerCase(Locale.ROOT);
                if (lower.contains("previousmode") && (lower.contains("set") || lower.contains("switch"))) {
                    found[0] = new PreviousModeSwitch(node, "calls " + callee);
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    String describe() {
        return what + " at line " + at.range().startLine();
    }
}
