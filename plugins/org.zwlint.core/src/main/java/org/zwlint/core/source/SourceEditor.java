package org.zwlint.core.source;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;

/**
 * Applies text edits at the byte level: bytes outside the edited spans, including the BOM,
 * line endings and undecodable bytes, come out exactly as they went in.
 */
public final class SourceEditor {
    private SourceEditor() {
    }

    public static byte[] apply(SourceFile file, List<TextEdit> edits) {
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::startOffset)).toList();
        byte[] original = file.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16);
        int copied = 0;
        int lastEnd = 0;
        for (TextEdit edit : sorted) {
            if (edit.startOffset() < lastEnd || edit.endOffset() > file.text().length()) {
                throw new IllegalArgumentException("edits overlap or run past the end of " + file.path());
            }
            int start = file.byteOffset(edit.startOffset());
            out.write(original, copied, start - copied);
            out.writeBytes(file.encode(edit.replacement()));
            copied = file.byteOffset(edit.endOffset());
            lastEnd = edit.endOffset();
        }
        out.write(original, copied, original.length - copied);
        return out.toByteArray();
    }
}
