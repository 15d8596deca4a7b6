package org.zwlint.core.parse;

import java.util.OptionalInt;

/**
 * Finds a block comment that runs to the end of the file. The lexer swallows such a comment
 * silently (the rest of the file becomes comment), so the front end reports it itself.
 */
final class UnterminatedComment {
    private UnterminatedComment() {
    }

    /** The offset of the unterminated "/*", if there is one. */
    static OptionalInt find(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(text, i, c);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return OptionalInt.of(i);
                }
                i = end + 2;
            } else {
                i++;
            }
        }
        return OptionalInt.empty();
    }

    private static int skipLiteral(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1; // an unterminated literal ends at its line, as the lexer ends it
            } else {
                i++;
            }
        }
        return i;
    }
}
