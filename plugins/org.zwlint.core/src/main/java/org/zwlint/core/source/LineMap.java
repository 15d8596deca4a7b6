package org.zwlint.core.source;

import java.util.Arrays;

/** Maps char offsets to 1-based lines and columns. CR, LF and CRLF each end a line. */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue; // the LF of this CRLF ends the line
            }
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    /** Number of lines; a final line without a newline counts, an empty tail after the last newline does not. */
    public int lineCount() {
        int count = lineStarts.length;
        return count > 1 && lineStarts[count - 1] == length ? count - 1 : count;
    }

    public int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, clamp(offset));
        return index >= 0 ? index + 1 : -index - 1;
    }

    public int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The char offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }
}
