package org.zwlint.core.incremental;

/** Where an unchanged function moved to: the same text, {@code offsets} chars and {@code lines} lines later. */
record ChunkMove(FunctionChunk from, FunctionChunk to) {
    int offsets() {
        return to.start() - from.start();
    }

    int lines() {
        return to.startLine() - from.startLine();
    }

    /** Columns stay when the function starts at the same column; its other lines start where they did. */
    boolean keepsColumns() {
        return from.startColumn() == to.startColumn();
    }
}
