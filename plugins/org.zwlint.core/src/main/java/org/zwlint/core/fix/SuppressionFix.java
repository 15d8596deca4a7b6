package org.zwlint.core.fix;

import java.util.List;

import org.zwlint.core.Fix;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * Every rule's last resort: a {@code // zwlint-disable-next-line RULE: reason} line above the
 * finding's line, indented like it and ended with the file's own line ending. The reason is a
 * placeholder for the developer to replace (the IDE prompts for it).
 */
public final class SuppressionFix {
    public static final String REASON_PLACEHOLDER = "reason";

    private SuppressionFix() {
    }

    public static Fix create(SourceFile file, TextRange finding, String ruleId) {
        return create(file, finding, ruleId, REASON_PLACEHOLDER);
    }

    public static Fix create(SourceFile file, TextRange finding, String ruleId, String reason) {
        String text = file.text();
        int lineStart = file.lines().lineStart(finding.startLine());
        int indentEnd = lineStart;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String indent = text.substring(lineStart, indentEnd);
        String comment = indent + Suppressions.MARKER + " " + ruleId + ": " + reason + lineEnding(text, lineStart);
        return new Fix("Suppress " + ruleId + " on this line (// zwlint-disable-next-line)", finding.file(),
                List.of(new TextEdit(lineStart, lineStart, comment)), Fix.Kind.SUPPRESSION);
    }

    /** The line ending this line uses, or the file's first one, or \n. */
    static String lineEnding(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
            if (c == '\n') {
                return "\n";
            }
        }
        int firstBreak = text.indexOf('\n');
        return firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
    }
}
