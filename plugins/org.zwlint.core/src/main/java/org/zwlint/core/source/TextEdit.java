package org.zwlint.core.source;

/** Replace the chars [startOffset, endOffset) of a file's decoded text with {@code replacement}. */
public record TextEdit(int startOffset, int endOffset, String replacement) {
    public TextEdit {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad edit " + startOffset + ".." + endOffset);
        }
    }
}
