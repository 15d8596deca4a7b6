package org.zwlint.core.incremental;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file's text cut into its function definitions and the text between them. {@code between} is the
 * text outside the functions as the preprocessor and parser see it, comments and blank lines left out,
 * so a comment or a blank line added there does not count as a change; {@code macroNames} are the
 * identifiers each {@code #define} there mentions (a macro that calls a function links its users to it).
 */
public record ChunkedText(List<FunctionChunk> chunks, List<String> between, Map<String, Set<String>> macroNames) {
    public ChunkedText {
        chunks = List.copyOf(chunks);
        between = List.copyOf(between);
        macroNames = Map.copyOf(macroNames);
    }
}
