package org.zwlint.core.parse;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;

/**
 * Where a top-level declaration ends, found from brackets alone: at a ';' outside all
 * brackets, or at the '}' closing a function body (a '{' right after ')' at file level).
 * The driver resynchronises there after a syntax error; the same scan guards nesting depth
 * and counts function definitions the parser could not parse.
 *
 * @param end index of the first token after the declaration
 * @param looksLikeFunction whether it has a function body
 * @param depth the deepest bracket nesting inside it
 * @param deepestAt index of the token where that depth was first reached
 * @param bodyOpen index of the '{' of the function body, -1 without one
 */
record Boundary(int end, boolean looksLikeFunction, int depth, int deepestAt, int bodyOpen) {

    static Boundary after(PpTokenStream stream, int start) {
        int parens = 0; // ( and [
        int braces = 0;
        int maxDepth = 0;
        int deepestAt = start;
        boolean function = false;
        int bodyOpen = -1;
        int previous = Token.INVALID_TYPE;
        for (int i = start;; i++) {
            int type = stream.tokenAt(i).getType();
            switch (type) {
                case Token.EOF -> {
                    return new Boundary(i, function, maxDepth, deepestAt, bodyOpen);
                }
                case CLexer.LeftParen, CLexer.LeftBracket -> parens++;
                case CLexer.LeftBrace -> {
                    if (braces == 0 && parens > 0) {
                        // a '{' inside unclosed parentheses at file level: the ')' is missing, and this is a body
                        parens = 0;
                        function = true;
                        bodyOpen = i;
                    }
                    if (braces == 0 && previous == CLexer.RightParen) {
                        function = true;
                        bodyOpen = i;
                    }
                    braces++;
                }
                case CLexer.RightParen, CLexer.RightBracket -> {
                    if (parens > 0) {
                        parens--;
                    } else if (i == start) {
                        return new Boundary(i + 1, false, maxDepth, deepestAt, bodyOpen); // a stray closer
                    }
                }
                case CLexer.RightBrace -> {
                    if (braces > 0) {
                        braces--;
                    } else if (i == start) {
                        return new Boundary(i + 1, false, maxDepth, deepestAt, bodyOpen);
                    }
                    if (braces == 0) {
                        parens = 0;
                        if (function) {
                            return new Boundary(i + 1, true, maxDepth, deepestAt, bodyOpen);
                        }
                    }
                }
                case CLexer.Semi -> {
                    if (braces == 0) {
                        return new Boundary(i + 1, function, maxDepth, deepestAt, bodyOpen);
                    }
                }
                case CLexer.UnterminatedStringLiteral, CLexer.UnterminatedCharacterConstant -> {
                    if (braces == 0 && parens == 0) {
                        // the literal ran to the end of its line: so does this declaration, as its ';' is lost
                        return new Boundary(i + 1, function, maxDepth, deepestAt, bodyOpen);
                    }
                }
                case CLexer.PragmaDirective -> {
                    if (i == start) {
                        return new Boundary(i + 1, false, maxDepth, deepestAt, bodyOpen);
                    }
                }
                default -> {
                    // part of the declaration
                }
            }
            if (parens + braces > maxDepth) {
                maxDepth = parens + braces;
                deepestAt = i;
            }
            previous = type;
        }
    }

    /** Function bodies from {@code from} to the end of the stream (for the part a budget cut off). */
    static int countFunctions(PpTokenStream stream, int from) {
        int count = 0;
        int i = from;
        while (stream.tokenAt(i).getType() != Token.EOF) {
            Boundary b = after(stream, i);
            if (b.looksLikeFunction()) {
                count++;
            }
            i = Math.max(b.end(), i + 1);
        }
        return count;
    }
}
