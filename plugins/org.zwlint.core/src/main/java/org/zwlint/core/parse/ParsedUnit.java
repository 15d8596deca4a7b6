package org.zwlint.core.parse;

import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.ast.TranslationUnit;

/**
 * One parsed file: its AST, the preprocessor's and parser's diagnostics, how many function
 * definitions the main file has, and how many of those parsed without a syntax error.
 */
public record ParsedUnit(TranslationUnit ast, List<Diagnostic> diagnostics, int functionCount,
        int parsedFunctionCount) {
    public ParsedUnit {
        diagnostics = List.copyOf(diagnostics);
    }
}
