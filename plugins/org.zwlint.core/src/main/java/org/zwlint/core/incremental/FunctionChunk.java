package org.zwlint.core.incremental;

import java.util.Set;

/**
 * One function definition of a file as text: from the end of the declaration or directive before
 * it to its closing brace. {@code identifiers} are the names its text uses (its own included), which
 * link it to the other functions it calls, registers or is registered by.
 */
public record FunctionChunk(String name, int start, int end, int startLine, int startColumn, String text,
        Set<String> identifiers) {
    public FunctionChunk {
        identifiers = Set.copyOf(identifiers);
    }

    boolean contains(int startOffset, int endOffset) {
        return start <= startOffset && endOffset <= end;
    }
}
