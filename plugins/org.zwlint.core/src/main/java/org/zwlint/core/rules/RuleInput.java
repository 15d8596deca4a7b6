package org.zwlint.core.rules;

import java.util.List;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.source.SourceFile;

/** What a rule sees of one file: its source and its tokens (hidden channels included). */
public record RuleInput(SourceFile file, List<? extends Token> tokens, RuleCatalog catalog) {
}
