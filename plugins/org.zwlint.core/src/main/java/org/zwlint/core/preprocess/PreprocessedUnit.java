package org.zwlint.core.preprocess;

import java.util.List;

import org.zwlint.core.Diagnostic;
import org.zwlint.core.source.SourceFile;

/**
 * A translation unit after preprocessing: the default-channel tokens the parser reads (directive
 * lines removed, except #pragma lines, which arrive as one PragmaDirective token each), and the
 * preprocessor's diagnostics (missing headers as notes, #error, limits hit).
 */
public record PreprocessedUnit(SourceFile file, List<PpToken> tokens, List<Diagnostic> diagnostics) {
    public PreprocessedUnit {
        tokens = List.copyOf(tokens);
        diagnostics = List.copyOf(diagnostics);
    }
}
