package org.zwlint.core.rules;

import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.source.SourceFile;

/**
 * What a rule sees of one unit: its source, its syntax tree (headers' declarations included), and
 * the engine's shared parts: the rule catalog, the service model and the dispatcher replayer. Rules
 * never load their own model or build their own replayer; the analyzer owns one of each.
 */
public record RuleInput(SourceFile file, TranslationUnit ast, RuleCatalog catalog, ServiceModel model,
        Replayer replayer) {
}
