package org.zwlint.core.rules;

import org.zwlint.core.analysis.FunctionContext;

/** How a boundary message places the code: "in an IRP dispatch routine (...)", or "called from X, Y". */
final class Situations {
    private Situations() {
    }

    static String in(FunctionContext context) {
        String described = context.describe();
        return described.startsWith("called from") ? described : "in " + described;
    }
}
