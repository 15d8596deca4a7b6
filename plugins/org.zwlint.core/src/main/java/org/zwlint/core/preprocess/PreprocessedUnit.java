package org.zwlint.core.preprocess;

import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.source.SourceFile;

/**
 * A translation unit after preprocessing: the default-channel tokens the parser reads (directive
 * lines removed, except #pragma lines, which arrive as one PragmaDirective token each), and the
 * preprocessor's diagnostics (missing headers as notes, #error, limits hit), and the names of the
 * headers its active #include lines asked for, found or not (lower case, without directories):
 * what tells kernel code (wdm.h, ntddk.h) from user code (windows.h). {@code stopped} says a budget
 * cut the unit short: its last tokens end mid-construct, and that was already reported. {@code includes}
 * is what it read besides its own file, for a result cache.
 */
public record PreprocessedUnit(SourceFile file, List<PpToken> tokens, List<Diagnostic> diagnostics,
        java.util.Set<String> includedHeaders, boolean stopped, IncludeTrace includes) {
    public PreprocessedUnit {
        tokens = List.copyOf(tokens);
        diagnostics = List.copyOf(diagnostics);
        includedHeaders = java.util.Set.copyOf(includedHeaders);
    }

    public PreprocessedUnit(SourceFile file, List<PpToken> tokens, List<Diagnostic> diagnostics,
            java.util.Set<String> includedHeaders, boolean stopped) {
        this(file, tokens, diagnostics, includedHeaders, stopped, IncludeTrace.NONE);
    }

    public PreprocessedUnit(SourceFile file, List<PpToken> tokens, List<Diagnostic> diagnostics,
            java.util.Set<String> includedHeaders) {
        this(file, tokens, diagnostics, includedHeaders, false);
    }

    public PreprocessedUnit(SourceFile file, List<PpToken> tokens, List<Diagnostic> diagnostics) {
        this(file, tokens, diagnostics, java.util.Set.of(), false);
    }
}
