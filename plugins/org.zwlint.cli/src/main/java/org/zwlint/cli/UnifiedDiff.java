package org.zwlint.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.zwlint.core.source.TextEdit;

/**
 * A unified diff of one file's text before and after non-overlapping edits, with three lines of
 * context, as {@code diff -u} and {@code git apply} read it. The hunks come from the edits
 * themselves, so no line matching is needed. Lines keep their own endings ("\r" of CRLF files
 * stays on the line), so the patch applies to the file as it is on disk.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String label, String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::startOffset));
        List<Integer> lineStarts = lineStarts(text);
        int lineCount = lineStarts.size() - (text.endsWith("\n") || text.isEmpty() ? 1 : 0);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(label).append('\n').append("+++ b/").append(label).append('\n');
        int lineDelta = 0;
        int i = 0;
        while (i < sorted.size()) {
            // One hunk: edits whose changed lines are within 2 * CONTEXT lines of each other.
            int first = lineOf(lineStarts, sorted.get(i).startOffset());
            int last = lastLineOf(lineStarts, sorted.get(i));
            int j = i + 1;
            while (j < sorted.size() && lineOf(lineStarts, sorted.get(j).startOffset()) <= last + 2 * CONTEXT + 1) {
                last = Math.max(last, lastLineOf(lineStarts, sorted.get(j)));
                j++;
            }
            int from = Math.max(0, first - CONTEXT);
            int to = Math.min(lineCount - 1, last + CONTEXT);
            int spanStart = lineStarts.get(from);
            int spanEnd = to + 1 < lineStarts.size() ? lineStarts.get(to + 1) : text.length();
            String before = text.substring(spanStart, spanEnd);
            StringBuilder after = new StringBuilder();
            int at = spanStart;
            for (TextEdit edit : sorted.subList(i, j)) {
                after.append(text, at, edit.startOffset()).append(edit.replacement());
                at = edit.endOffset();
            }
            after.append(text, at, spanEnd);
            List<String> oldLines = lines(before);
            List<String> newLines = lines(after.toString());
            out.append("@@ -").append(range(from + 1, oldLines.size())).append(" +")
                    .append(range(from + 1 + lineDelta, newLines.size())).append(" @@\n");
            // Common leading and trailing lines are context; the rest is removed, then added.
            int head = 0;
            while (head < oldLines.size() && head < newLines.size() && oldLines.get(head).equals(newLines.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < oldLines.size() - head && tail < newLines.size() - head
                    && oldLines.get(oldLines.size() - 1 - tail).equals(newLines.get(newLines.size() - 1 - tail))) {
                tail++;
            }
            oldLines.subList(0, head).forEach(l -> line(out, ' ', l));
            oldLines.subList(head, oldLines.size() - tail).forEach(l -> line(out, '-', l));
            newLines.subList(head, newLines.size() - tail).forEach(l -> line(out, '+', l));
            oldLines.subList(oldLines.size() - tail, oldLines.size()).forEach(l -> line(out, ' ', l));
            lineDelta += newLines.size() - oldLines.size();
            i = j;
        }
        return out.toString();
    }

    private static void line(StringBuilder out, char kind, String line) {
        out.append(kind);
        if (line.endsWith("\n")) {
            out.append(line);
        } else {
            out.append(line).append("\n\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? Integer.toString(start) : (count == 0 ? start - 1 : start) + "," + count;
    }

    /** The lines of a text, each with its "\n" (the last one may lack it). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                lines.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                starts.add(k + 1);
            }
        }
        return starts;
    }

    /** The 0-based line holding {@code offset}. */
    private static int lineOf(List<Integer> starts, int offset) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The last line an edit touches (an edit ending right after a "\n" ends on the line before). */
    private static int lastLineOf(List<Integer> starts, TextEdit edit) {
        int end = edit.endOffset() > edit.startOffset() ? edit.endOffset() - 1 : edit.startOffset();
        return lineOf(starts, end);
    }
}
