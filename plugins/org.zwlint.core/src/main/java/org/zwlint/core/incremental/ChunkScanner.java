package org.zwlint.core.incremental;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.source.LineMap;

/**
 * Cuts C text into its function definitions without preprocessing or parsing it: a brace at file
 * level after a closing parenthesis opens a function body, whose name is the last identifier before
 * a parenthesis in its declarator. Inside a body, conditional groups ({@code #if DBG ... #endif}) and
 * pragmas are read past when no brace stands in a group and each group closes the brackets it opens.
 * The text is left uncut (empty) where this reading could be wrong: any other directive inside braces
 * ({@code #define} there changes how the rest reads), {@code __LINE__} or {@code __COUNTER__}
 * (a function's expansion would depend on where it is), unbalanced brackets, an unterminated comment
 * or literal, a body whose name cannot be told.
 */
final class ChunkScanner {
    private static final java.util.regex.Pattern DEFINE = java.util.regex.Pattern
            .compile("^\\s*#\\s*define\\s+([A-Za-z_][A-Za-z0-9_]*)(.*)$", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final String text;
    private final int length;

    private ChunkScanner(String text) {
        this.text = text;
        this.length = text.length();
    }

    static Optional<ChunkedText> scan(String text) {
        if (text.contains("__LINE__") || text.contains("__COUNTER__")) {
            return Optional.empty();
        }
        return new ChunkScanner(text).run();
    }

    private Optional<ChunkedText> run() {
        List<FunctionChunk> chunks = new ArrayList<>();
        Map<String, Set<String>> macros = new HashMap<>();
        LineMap lines = new LineMap(text);
        int depth = 0;
        int brackets = 0;
        boolean inFunction = false;
        int headerStart = 0;
        char last = 0; // the last significant character: ')' before a body, 'a' an identifier, '0' a number
        @Nullable String lastCallee = null;
        @Nullable String name = null;
        Set<String> identifiers = new HashSet<>();
        boolean lineStart = true;
        // the bracket depth where each open conditional group of a body began
        java.util.ArrayDeque<Integer> conditionals = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#' && lineStart) {
                int end = directiveEnd(i);
                if (end < 0) {
                    return Optional.empty();
                }
                if (depth > 0) {
                    // Inside a body: conditional groups without braces (#if DBG ... #endif) and pragmas.
                    String keyword = keyword(text.substring(i + 1, end));
                    switch (keyword) {
                        case "if", "ifdef", "ifndef" -> {
                            conditionals.push(brackets);
                        }
                        case "elif", "else", "endif" -> {
                            if (conditionals.isEmpty() || conditionals.peek() != brackets) {
                                return Optional.empty(); // a group that opens a bracket another closes
                            }
                            if (keyword.equals("endif")) {
                                conditionals.pop();
                            }
                        }
                        case "pragma", "error", "warning" -> {
                            // no effect on the text around it
                        }
                        default -> {
                            return Optional.empty(); // #define, #undef, #include, #line: the rest reads otherwise
                        }
                    }
                    i = end;
                    continue;
                }
                defineOf(withoutComments(text.substring(i, end))).ifPresent(d -> macros.merge(d.name(), d.names(),
                        (a, b) -> {
                            Set<String> both = new HashSet<>(a);
                            both.addAll(b);
                            return both;
                        }));
                i = end;
                headerStart = end;
                identifiers.clear();
                lastCallee = null;
                last = 0;
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                int end = lineEnd(i);
                if (end > i && text.charAt(end - 1) == '\\') {
                    return Optional.empty(); // a line comment continued onto the next line
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 2;
                continue; // a comment is white space: a directive may follow it on its line
            }
            lineStart = false;
            if (c == '"' || c == '\'') {
                int end = literalEnd(i, c);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end;
                last = '"';
                continue;
            }
            if (Character.isJavaIdentifierStart(c) && c != '$') {
                int end = i + 1;
                while (end < length && Character.isJavaIdentifierPart(text.charAt(end)) && text.charAt(end) != '$') {
                    end++;
                }
                String word = text.substring(i, end);
                identifiers.add(word);
                if (depth == 0 && brackets == 0 && nextSignificant(end) == '(') {
                    lastCallee = word;
                }
                i = end;
                last = 'a';
                continue;
            }
            if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < length && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_' || (text.charAt(end) == '+' || text.charAt(end) == '-')
                                && "eEpP".indexOf(text.charAt(end - 1)) >= 0)) {
                    end++;
                }
                i = end;
                last = '0';
                continue;
            }
            switch (c) {
                case '(', '[' -> brackets++;
                case ')', ']' -> {
                    if (--brackets < 0) {
                        return Optional.empty();
                    }
                }
                case '{' -> {
                    if (!conditionals.isEmpty()) {
                        return Optional.empty(); // a brace in a conditional group: which one counts is the preprocessor's
                    }
                    if (depth == 0 && brackets == 0 && last == ')' && !inFunction) {
                        if (lastCallee == null) {
                            return Optional.empty();
                        }
                        inFunction = true;
                        name = lastCallee;
                    }
                    depth++;
                }
                case '}' -> {
                    if (!conditionals.isEmpty()) {
                        return Optional.empty();
                    }
                    if (--depth < 0) {
                        return Optional.empty();
                    }
                    if (depth == 0 && inFunction && name != null) {
                        chunks.add(new FunctionChunk(name, headerStart, i + 1, lines.line(headerStart),
                                lines.column(headerStart), text.substring(headerStart, i + 1), identifiers));
                        inFunction = false;
                        name = null;
                        headerStart = i + 1;
                        identifiers.clear();
                        lastCallee = null;
                        i++;
                        last = 0;
                        continue;
                    }
                }
                case ';' -> {
                    if (depth == 0 && brackets == 0) {
                        headerStart = i + 1;
                        identifiers.clear();
                        lastCallee = null;
                    }
                }
                default -> {
                    // other punctuation only matters as the last significant character
                }
            }
            last = c;
            i++;
        }
        if (depth != 0 || brackets != 0 || inFunction || !conditionals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChunkedText(chunks, between(chunks), macros));
    }

    /** The directive's name: "if" of "# if DBG". */
    private static String keyword(String directive) {
        String rest = withoutComments(directive).strip();
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return rest.substring(0, end);
    }

    /** The text outside the functions, comments out, each line's whitespace collapsed, blank lines dropped. */
    private List<String> between(List<FunctionChunk> chunks) {
        StringBuilder outside = new StringBuilder();
        int from = 0;
        for (FunctionChunk chunk : chunks) {
            outside.append(text, from, chunk.start()).append("\n\u0000\n"); // where a function stood
            from = chunk.end();
        }
        outside.append(text, from, length);
        List<String> kept = new ArrayList<>();
        for (String line : withoutComments(outside.toString()).split("\n")) {
            String collapsed = collapsed(line);
            if (!collapsed.isEmpty()) {
                kept.add(collapsed);
            }
        }
        return kept;
    }

    /** The line stripped, each run of whitespace in it one space (a regex per line cost a fifth of an edit's analysis). */
    private static String collapsed(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean inSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                inSpace = false;
            } else if (!inSpace) {
                out.append(' ');
                inSpace = true;
            }
        }
        return out.toString().strip();
    }

    private record Define(String name, Set<String> names) {
    }

    /** A {@code #define}'s macro name and the identifiers of its parameters and replacement. */
    private static Optional<Define> defineOf(String directive) {
        java.util.regex.Matcher m = DEFINE.matcher(directive);
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        java.util.regex.Matcher word = WORD.matcher(m.group(2));
        while (word.find()) {
            names.add(word.group());
        }
        return Optional.of(new Define(m.group(1), names));
    }

    /** Comments replaced by a space (line continuations joined), as the preprocessor sees the text. */
    private static String withoutComments(String part) {
        StringBuilder out = new StringBuilder(part.length());
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c == '\\' && i + 1 < part.length() && part.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '\\' && i + 2 < part.length() && part.charAt(i + 1) == '\r' && part.charAt(i + 2) == '\n') {
                i += 3;
            } else if (c == '/' && i + 1 < part.length() && part.charAt(i + 1) == '/') {
                while (i < part.length() && part.charAt(i) != '\n') {
                    i++;
                }
                out.append(' ');
            } else if (c == '/' && i + 1 < part.length() && part.charAt(i + 1) == '*') {
                int end = part.indexOf("*/", i + 2);
                i = end < 0 ? part.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < part.length() && part.charAt(end) != c && part.charAt(end) != '\n') {
                    end += part.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, part.length());
                out.append(part, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the directive starting at {@code from}: its line, continued by backslashes and block comments. */
    private int directiveEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '\\' && i + 1 < length && (text.charAt(i + 1) == '\n'
                    || text.charAt(i + 1) == '\r' && i + 2 < length && text.charAt(i + 2) == '\n')) {
                i += text.charAt(i + 1) == '\n' ? 2 : 3;
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                return lineEnd(i);
            }
            i++;
        }
        return length;
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? length : end;
    }

    private int literalEnd(int from, char quote) {
        int i = from + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The next character that is not whitespace or in a comment. */
    private char nextSignificant(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return 0;
                }
                i = end + 2;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                i = lineEnd(i);
            } else {
                return c;
            }
        }
        return 0;
    }
}
