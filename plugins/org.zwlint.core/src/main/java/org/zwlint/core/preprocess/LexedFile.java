package org.zwlint.core.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.LineMap;
import org.zwlint.core.source.SourceFile;

/**
 * A file lexed once for the preprocessor: its default-channel tokens with line-start and
 * preceding-space flags, and the include-guard macro if the whole file is wrapped in
 * {@code #ifndef X / #define X ... #endif}, so a second include can be skipped unread.
 */
record LexedFile(SourceFile file, Tok[] tokens, Optional<String> guard) {

    static LexedFile lex(SourceFile file) {
        List<Tok> out = new ArrayList<>();
        boolean lineStart = true;
        boolean space = false;
        LineMap lines = file.lines();
        int[] charOffset = charOffsets(file.text());
        int line = 1;
        for (Token t : CTokenizer.tokenize(file)) {
            int type = t.getType();
            if (type == CLexer.Newline) {
                lineStart = true;
                space = true;
                continue;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                space = true;
                continue;
            }
            int start = charOffset.length == 0 ? t.getStartIndex() : charOffset[t.getStartIndex()];
            int stop = charOffset.length == 0 ? t.getStopIndex() : charOffset[t.getStopIndex() + 1] - 1;
            // Tokens come in order, so the line only moves forward: no search per token.
            while (lines.lineStart(line + 1) <= start && lines.lineStart(line + 1) > lines.lineStart(line)) {
                line++;
            }
            out.add(new Tok(type, t.getText(), file, start, stop, lineStart, space, HideSet.EMPTY,
                    null, line, start - lines.lineStart(line)));
            lineStart = false;
            space = false;
        }
        Tok[] tokens = out.toArray(new Tok[0]);
        return new LexedFile(file, tokens, findGuard(tokens));
    }

    /**
     * The lexer counts code points; the rest of ZwLint counts UTF-16 chars. They differ only after
     * a character outside the BMP (an emoji in a comment), so the table is built only then:
     * entry i is the char offset of code point i (one extra entry for the end).
     */
    private static int[] charOffsets(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            return new int[0];
        }
        int[] offsets = new int[codePoints + 1];
        int at = 0;
        for (int i = 0; i < codePoints; i++) {
            offsets[i] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        offsets[codePoints] = at;
        return offsets;
    }

    /** The classic guard: first directive #ifndef X (or #if !defined X), then #define X, and its #endif ends the file. */
    private static Optional<String> findGuard(Tok[] t) {
        if (t.length < 6 || !isDirective(t, 0)) {
            return Optional.empty();
        }
        int i = 1;
        String guard;
        if (t[i].text.equals("ifndef") && t[i + 1].isIdentifier()) {
            guard = t[i + 1].text;
            i += 2;
        } else if (t[i].text.equals("if") && t[i + 1].is(CLexer.Not) && t[i + 2].text.equals("defined")) {
            int j = i + 3;
            boolean paren = j < t.length && t[j].is(CLexer.LeftParen);
            if (paren) {
                j++;
            }
            if (j >= t.length || !t[j].isIdentifier()) {
                return Optional.empty();
            }
            guard = t[j].text;
            j++;
            if (paren) {
                if (j >= t.length || !t[j].is(CLexer.RightParen)) {
                    return Optional.empty();
                }
                j++;
            }
            i = j;
        } else {
            return Optional.empty();
        }
        if (i >= t.length || t[i].lineStart == false) {
            return Optional.empty();
        }
        // The guarding conditional must close with the file's last directive and nothing after it.
        int depth = 1;
        for (int k = i; k < t.length; k++) {
            if (!isDirective(t, k) || k + 1 >= t.length) {
                continue;
            }
            String name = t[k + 1].text;
            if (name.equals("if") || name.equals("ifdef") || name.equals("ifndef")) {
                depth++;
            } else if ((name.equals("else") || name.equals("elif")) && depth == 1) {
                return Optional.empty();
            } else if (name.equals("endif")) {
                depth--;
                if (depth == 0) {
                    int rest = k + 2;
                    while (rest < t.length && !t[rest].lineStart) {
                        rest++; // tokens after #endif on its own line are ignored by compilers
                    }
                    return rest == t.length ? Optional.of(guard) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDirective(Tok[] t, int index) {
        return t[index].lineStart && t[index].is(CLexer.Hash) && index + 1 < t.length && !t[index + 1].lineStart;
    }
}
