package org.zwlint.core.source;

import java.nio.file.Path;

/**
 * A span of characters in one source file. Offsets are char indexes into the decoded text
 * (end exclusive); lines and columns are 1-based, columns counted in UTF-16 code units as
 * SARIF's default column kind does.
 */
public record TextRange(Path file, int startOffset, int endOffset, int startLine, int startColumn, int endLine,
        int endColumn) {

    public TextRange {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad range " + startOffset + ".." + endOffset);
        }
    }

    public int length() {
        return endOffset - startOffset;
    }

    /** "file:line:col", the way compilers name a place. */
    public String describe() {
        return file + ":" + startLine + ":" + startColumn;
    }
}
