package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;

import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.preprocess.PpToken;

/**
 * Takes out of the token stream the pragmas that C syntax has no place for: a #pragma line in
 * the middle of an argument list, and __pragma(...) / _Pragma(...) produced by macro
 * expansion (WHILE(x), SERIAL_CLEAR_REFERENCE(...)), which lands anywhere in a statement.
 * They are kept as detached pragma nodes of the translation unit.
 */
record PragmaFilter(List<PpToken> kept, List<PragmaDirective> detached) {

    static PragmaFilter split(List<PpToken> tokens) {
        List<PpToken> kept = new ArrayList<>(tokens.size());
        List<PragmaDirective> detached = new ArrayList<>();
        int parens = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PpToken token = tokens.get(i);
            int type = token.getType();
            if (type == CLexer.PragmaDirective && parens > 0) {
                detached.add(new PragmaDirective(Spans.of(token), token.getText(), false));
                continue;
            }
            if (type == CLexer.MsPragma && token.expansionSite().isPresent() && i + 1 < tokens.size()
                    && tokens.get(i + 1).getType() == CLexer.LeftParen) {
                int end = closing(tokens, i + 1);
                PpToken last = tokens.get(Math.min(end, tokens.size() - 1));
                detached.add(new PragmaDirective(Spans.of(token, last), Spans.text(token, last), true));
                i = end;
                continue;
            }
            if (type == CLexer.LeftParen) {
                parens++;
            } else if (type == CLexer.RightParen && parens > 0) {
                parens--;
            } else if (type == CLexer.LeftBrace || type == CLexer.RightBrace || type == CLexer.Semi) {
                parens = 0; // an unclosed '(' must not swallow the rest of the file's pragmas
            }
            kept.add(token);
        }
        return new PragmaFilter(kept, detached);
    }

    private static int closing(List<PpToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == CLexer.LeftParen) {
                depth++;
            } else if (type == CLexer.RightParen && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
