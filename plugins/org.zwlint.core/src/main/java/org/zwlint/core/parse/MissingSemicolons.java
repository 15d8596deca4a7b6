package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.preprocess.PpToken;

/**
 * Supplies the ';' that driver authors leave out after statement-like macros the front end
 * cannot expand (RT_TRACE(...), WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(...)): a call written at the
 * start of a statement or declaration, whose next token is on a later line and can only begin
 * a new statement or declaration. The inserted token is empty and sits right after the ')'.
 */
final class MissingSemicolons {
    private MissingSemicolons() {
    }

    static List<PpToken> insert(List<PpToken> tokens) {
        List<PpToken> out = null;
        int copied = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PpToken token = tokens.get(i);
            if (token.getType() != CLexer.Identifier || tokens.get(i + 1).getType() != CLexer.LeftParen
                    || !startsStatement(tokens, i) || CParserBase.isSalName(token.getText())) {
                continue;
            }
            int close = closing(tokens, i + 1);
            if (close < 0) {
                continue;
            }
            PpToken end = tokens.get(close);
            boolean atEnd = close + 1 == tokens.size();
            if (!atEnd && !(line(tokens.get(close + 1)) > line(end) && beginsStatement(tokens.get(close + 1)))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.size() + 16);
            }
            out.addAll(tokens.subList(copied, close + 1));
            out.add(new PpToken(CLexer.Semi, "", end.origin(), end.getStopIndex() + 1, end.getStopIndex(),
                    end.expansionSite()));
            copied = close + 1;
            i = close;
        }
        if (out == null) {
            return tokens;
        }
        out.addAll(tokens.subList(copied, tokens.size()));
        return out;
    }

    private static boolean startsStatement(List<PpToken> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int previous = tokens.get(i - 1).getType();
        return previous == CLexer.Semi || previous == CLexer.LeftBrace || previous == CLexer.RightBrace
                || previous == CLexer.PragmaDirective;
    }

    private static boolean beginsStatement(Token next) {
        return switch (next.getType()) {
            case CLexer.Identifier, CLexer.RightBrace, CLexer.If, CLexer.For, CLexer.While, CLexer.Do, CLexer.Switch,
                    CLexer.Return, CLexer.Break, CLexer.Continue, CLexer.Goto, CLexer.Try, CLexer.Typedef,
                    CLexer.Extern, CLexer.Static, CLexer.Struct, CLexer.Union, CLexer.Enum, CLexer.Void,
                    CLexer.Int, CLexer.Char, CLexer.Unsigned, CLexer.Const, CLexer.PragmaDirective,
                    CLexer.Declspec, CLexer.Inline, CLexer.MsInline -> true;
            default -> false;
        };
    }

    /** The line in the main file: the macro invocation's line for tokens a macro produced. */
    private static int line(PpToken token) {
        Optional<org.zwlint.core.source.TextRange> site = token.expansionSite();
        return site.isPresent() ? site.get().startLine() : token.getLine();
    }

    private static int closing(List<PpToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == CLexer.LeftParen) {
                depth++;
            } else if (type == CLexer.RightParen && --depth == 0) {
                return i;
            } else if (type == CLexer.Semi || type == CLexer.LeftBrace || type == CLexer.RightBrace) {
                return -1;
            }
        }
        return -1;
    }
}
