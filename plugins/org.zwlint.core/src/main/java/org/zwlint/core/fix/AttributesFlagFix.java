package org.zwlint.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwlint.core.Fix;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * Adds an object-attribute flag (OBJ_KERNEL_HANDLE, OBJ_FORCE_ACCESS_CHECK) where the driver sets the Attributes:
 * the attributes argument of an InitializeObjectAttributes call (or of a macro wrapping it, at its call site), or
 * the value of an {@code Attributes} assignment. A lone 0 becomes the flag; anything else gets {@code | FLAG} in the
 * spacing the expression already uses. A macro's body is never edited: when the Attributes come from inside a
 * {@code #define}, there is no fix.
 */
public final class AttributesFlagFix {
    private static final Pattern INVOCATION = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    private AttributesFlagFix() {
    }

    /** @param setAt where the engine saw the Attributes set: the value expression, or the macro invocation */
    public static Optional<Fix> create(SourceFile file, TextRange setAt, String flag) {
        String text = file.text();
        if (!setAt.file().equals(file.path()) || setAt.endOffset() > text.length() || insideDefine(text, setAt)) {
            return Optional.empty();
        }
        int start = setAt.startOffset();
        int end = setAt.endOffset();
        Matcher invocation = INVOCATION.matcher(text).region(start, end);
        if (invocation.lookingAt()) {
            Optional<int[]> argument = attributesArgument(text, invocation.end(), end,
                    invocation.group(1).equals("InitializeObjectAttributes"));
            if (argument.isEmpty()) {
                return Optional.empty();
            }
            start = argument.get()[0];
            end = argument.get()[1];
        }
        String value = text.substring(start, end);
        if (value.contains(flag)) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        int lead = value.indexOf(trimmed);
        int valueStart = start + lead;
        int valueEnd = valueStart + trimmed.length();
        String replacement;
        if (trimmed.matches("0[uUlL]*|NULL|\\(\\s*ULONG\\s*\\)\\s*0")) {
            replacement = flag;
        } else {
            boolean tight = trimmed.contains("|") && !trimmed.contains(" |") && !trimmed.contains("| ");
            boolean simple = !trimmed.matches(".*[?=,].*");
            replacement = (simple ? trimmed : "(" + trimmed + ")") + (tight ? "|" : " | ") + flag;
        }
        return Optional.of(new Fix("Add " + flag + " to the object attributes", file.path(),
                List.of(new TextEdit(valueStart, valueEnd, replacement))));
    }

    /** Whether the range lies in the body of a #define (its first line or a continuation line). */
    public static boolean insideDefine(String text, TextRange range) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, range.startOffset() - 1)) + 1;
        // a #define continued over lines: walk back over lines that end in a backslash
        int at = lineStart;
        while (true) {
            String line = text.substring(at, Math.max(at, text.indexOf('\n', at) < 0 ? text.length()
                    : text.indexOf('\n', at)));
            if (line.stripLeading().startsWith("#")) {
                return true;
            }
            if (at == 0) {
                return false;
            }
            int previousEnd = at - 1;
            int previousStart = text.lastIndexOf('\n', Math.max(0, previousEnd - 1)) + 1;
            String previous = text.substring(previousStart, previousEnd).stripTrailing();
            if (!previous.endsWith("\\")) {
                return false;
            }
            at = previousStart;
        }
    }

    /**
     * The attributes argument of an invocation whose arguments start at {@code from}: the third of
     * InitializeObjectAttributes, otherwise the one argument that names an OBJ_ flag.
     */
    private static Optional<int[]> attributesArgument(String text, int from, int limit, boolean initialize) {
        List<int[]> arguments = new ArrayList<>();
        int depth = 0;
        int argumentStart = from;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(new int[] { argumentStart, i });
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(new int[] { argumentStart, i });
                argumentStart = i + 1;
            } else if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                while (close > 0 && text.charAt(close - 1) == '\\') {
                    close = text.indexOf(c, close + 1);
                }
                if (close < 0) {
                    return Optional.empty();
                }
                i = close;
            }
        }
        if (initialize) {
            return arguments.size() == 5 ? Optional.of(arguments.get(2)) : Optional.empty();
        }
        List<int[]> flagged = arguments.stream()
                .filter(a -> text.substring(a[0], a[1]).contains("OBJ_")).toList();
        return flagged.size() == 1 ? Optional.of(flagged.get(0)) : Optional.empty();
    }
}
