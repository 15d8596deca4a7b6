package org.zwlint.core.analysis;

import java.util.List;

import org.zwlint.core.semantics.SemanticModel;

/**
 * What the engine knows of one translation unit, shared by every rule: kernel or user code, the
 * entry points it registers, each function's facts under its context, and the budgets hit.
 */
public record UnitAnalysis(CodeMode mode, SemanticModel semantics, List<EntryPoint> entryPoints,
        List<FunctionFacts> functions, List<String> budgetNotes) {
    public UnitAnalysis {
        entryPoints = List.copyOf(entryPoints);
        functions = List.copyOf(functions);
        budgetNotes = List.copyOf(budgetNotes);
    }

    /** Every fact of one kind, across the unit's functions, in function order. */
    public <T extends AnalysisFact> List<T> facts(Class<T> kind) {
        return functions.stream().flatMap(f -> f.facts(kind).stream()).toList();
    }
}
