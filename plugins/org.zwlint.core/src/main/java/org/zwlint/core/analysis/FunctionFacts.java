package org.zwlint.core.analysis;

import java.util.List;

import org.zwlint.core.ast.FunctionDefinition;

/**
 * What the engine found in one function under its context: every fact of the reporting pass, in
 * evaluation order, and whether the solver finished within its budget.
 */
public record FunctionFacts(FunctionDefinition function, FunctionContext context, List<AnalysisFact> facts,
        boolean complete, long steps) {
    public FunctionFacts {
        facts = List.copyOf(facts);
    }

    public <T extends AnalysisFact> List<T> facts(Class<T> kind) {
        List<T> found = new java.util.ArrayList<>(); // a loop, not a stream: every rule asks, per function
        for (AnalysisFact fact : facts) {
            if (kind.isInstance(fact)) {
                found.add(kind.cast(fact));
            }
        }
        return java.util.Collections.unmodifiableList(found);
    }
}
