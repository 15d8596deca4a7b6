package org.zwlint.core.parse;

import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.ast.TranslationUnit;

/**
 * One parsed file: its AST, the preprocessor's and parser's diagnostics, how many function
 * definitions the main file has, how many of those parsed without a syntax error, and the headers
 * its #include lines asked for (see {@link org.zwlint.core.preprocess.PreprocessedUnit}), and where
 * {@code #pragma warning} silenced compiler warnings (in the file and its headers), and what it read
 * besides its own file (for a result cache).
 */
public record ParsedUnit(TranslationUnit ast, List<Diagnostic> diagnostics, int functionCount,
        int parsedFunctionCount, java.util.Set<String> includedHeaders, WarningPragmas warningPragmas,
        org.zwlint.core.preprocess.IncludeTrace includes) {
    public ParsedUnit {
        diagnostics = List.copyOf(diagnostics);
        includedHeaders = java.util.Set.copyOf(includedHeaders);
    }

    public ParsedUnit(TranslationUnit ast, List<Diagnostic> diagnostics, int functionCount, int parsedFunctionCount,
            java.util.Set<String> includedHeaders) {
        this(ast, diagnostics, functionCount, parsedFunctionCount, includedHeaders, WarningPragmas.NONE,
                org.zwlint.core.preprocess.IncludeTrace.NONE);
    }

    public ParsedUnit(TranslationUnit ast, List<Diagnostic> diagnostics, int functionCount, int parsedFunctionCount) {
        this(ast, diagnostics, functionCount, parsedFunctionCount, java.util.Set.of());
    }
}
