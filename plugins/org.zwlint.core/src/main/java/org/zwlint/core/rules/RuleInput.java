package org.zwlint.core.rules;

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
        Replayer replayer, UnitAnalysis analysis) {
}
