package org.zwlint.core.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.Token;
import org.eclipse.jdt.annotation.Nullable;
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
        LineMap lines = file.lines();
        String text = file.text();
        CScanner.scan(text, new CScanner.Sink() {
            private boolean lineStart = true;
            private boolean space;
            private int line = 1;

            @Override
            public void token(int type, int channel, int start, int end) {
                if (type == CLexer.Newline) {
                    lineStart = true;
                    space = true;
                    return;
                }
                if (channel != Token.DEFAULT_CHANNEL) {
                    space = true;
                    return;
                }
                // Tokens come in order, so the line only moves forward: no search per token.
                while (lines.lineStart(line + 1) <= start && lines.lineStart(line + 1) > lines.lineStart(line)) {
                    line++;
                }
                out.add(new Tok(type, spelling(type, text, start, end), file, start, end - 1, lineStart, space,
                        HideSet.EMPTY, null, line, start - lines.lineStart(line)));
                lineStart = false;
                space = false;
            }
        });
        Tok[] tokens = out.toArray(new Tok[0]);
        return new LexedFile(file, tokens, findGuard(tokens));
    }

    /** The one spelling of each token type a single literal defines ('(', 'while'), by type; null for the others. */
    private static final @Nullable String[] FIXED_SPELLINGS = fixedSpellings();

    private static @Nullable String[] fixedSpellings() {
        @Nullable String[] spellings = new @Nullable String[CLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int type = 0; type < spellings.length; type++) {
            String literal = CLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2) {
                spellings[type] = literal.substring(1, literal.length() - 1);
            }
        }
        return spellings;
    }

    /** The token's text; a keyword or punctuator that has one spelling shares it rather than copying it. */
    private static String spelling(int type, String text, int start, int end) {
        @Nullable String fixed = type < FIXED_SPELLINGS.length ? FIXED_SPELLINGS[type] : null;
        return fixed != null ? fixed : text.substring(start, end);
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
