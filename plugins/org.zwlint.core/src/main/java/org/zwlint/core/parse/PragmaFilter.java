package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;

import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.preprocess.PpToken;

/**
 * Takes out of the token stream the pragmas that C syntax has no place for, and keeps them as
 * detached pragma nodes of the translation unit: a #pragma line in the middle of an argument
 * list or of a declaration (between a SAL annotation and the return type), or between '}' and
 * __except / else; and every __pragma(...) / _Pragma(...), which macros (WHILE(x)) put anywhere
 * in a statement or expression. A #pragma line between statements or declarations stays in
 * the tree where it was written.
 */
record PragmaFilter(List<PpToken> kept, List<PragmaDirective> detached) {

    static PragmaFilter split(List<PpToken> tokens) {
        List<PpToken> kept = new ArrayList<>(tokens.size());
        List<PragmaDirective> detached = new ArrayList<>();
        int parens = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PpToken token = tokens.get(i);
            int type = token.getType();
            if (type == CLexer.PragmaDirective && (parens > 0 || !betweenStatements(kept, tokens, i))) {
                detached.add(new PragmaDirective(Spans.of(token), token.getText(), false));
                continue;
            }
            if (type == CLexer.MsPragma && i + 1 < tokens.size() && tokens.get(i + 1).getType() == CLexer.LeftParen) {
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

    /** Whether a #pragma line sits where a statement or declaration could begin and end. */
    private static boolean betweenStatements(List<PpToken> kept, List<PpToken> tokens, int i) {
        if (!kept.isEmpty()) {
            int previous = kept.get(kept.size() - 1).getType();
            if (previous != CLexer.Semi && previous != CLexer.LeftBrace && previous != CLexer.RightBrace
                    && previous != CLexer.PragmaDirective) {
                return false;
            }
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            int next = tokens.get(j).getType();
            if (next != CLexer.PragmaDirective) {
                String word = tokens.get(j).getText();
                boolean sehWord = next == CLexer.Identifier && (word.equals("except") || word.equals("finally"));
                return next != CLexer.Except && next != CLexer.Finally && next != CLexer.Else && !sehWord;
            }
        }
        return true;
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
