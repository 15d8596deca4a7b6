package org.zwlint.core.rules;

import java.util.Map;

import org.zwlint.core.analysis.UnitAnalysis;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.source.SourceFile;

/**
 * What a rule sees of one unit: its source, its syntax tree (headers' declarations included), and
 * the engine's shared parts: the rule catalog, the service model, the dispatcher replayer, and the
 * engine's facts about the unit. Rules never load their own model, build their own replayer or
 * walk the tree for flow; the analyzer owns one of each and computes the facts once.
 */
public record RuleInput(SourceFile file, TranslationUnit ast, RuleCatalog catalog, ServiceModel model,
        Replayer replayer, UnitAnalysis analysis, Map<String, String> projectServicePointers) {
    /**
     * {@code projectServicePointers}: the global function pointers with external linkage that some file of the
     * driver project binds to a system service, by name (see {@link #exportedServicePointers}).
     */
    public RuleInput {
        projectServicePointers = Map.copyOf(projectServicePointers);
    }

    /** One unit on its own: no other file of the project binds a pointer it calls. */
    public RuleInput(SourceFile file, TranslationUnit ast, RuleCatalog catalog, ServiceModel model, Replayer replayer,
            UnitAnalysis analysis) {
        this(file, ast, catalog, model, replayer, analysis, Map.of());
    }

    /**
     * The global function pointers with external linkage this unit binds to a system service in any of its
     * functions ({@code g_Query = MmGetSystemRoutineAddress(&name)}), by name: another file of the project that
     * declares the pointer extern and calls through it calls that service.
     */
    public Map<String, String> exportedServicePointers() {
        return ServicePointers.globals(this).exported();
    }
}
