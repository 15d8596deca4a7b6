package org.zwlint.core.rules;

import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.source.SourceFile;

/** What a rule sees of one file: its source and its syntax tree (headers' declarations included). */
public record RuleInput(SourceFile file, TranslationUnit ast, RuleCatalog catalog) {
}
