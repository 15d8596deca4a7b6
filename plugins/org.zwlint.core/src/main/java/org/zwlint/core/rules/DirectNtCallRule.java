package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.Finding;
import org.zwlint.core.Witness;
import org.zwlint.core.fix.NtToZwFix;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.TextRange;

/**
 * PM001: an Nt* system service called directly. This version scans tokens: an identifier
 * {@code Nt[A-Z]...} followed by '(' outside preprocessor directives, that is not a declaration
 * (the token before it is not a type name or calling convention).
 */
public final class DirectNtCallRule implements Rule {
    public static final String ID = "PM001";
    private static final Pattern NT_NAME = Pattern.compile("Nt[A-Z][A-Za-z0-9_]*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        List<Finding> findings = new ArrayList<>();
        List<? extends Token> tokens = input.tokens();
        boolean inDirective = false;
        boolean atLineStart = true;
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int type = token.getType();
            if (type == CLexer.Newline || (type == CLexer.LineComment && inDirective)) {
                inDirective = false;
                atLineStart = true;
                continue;
            }
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (atLineStart && type == CLexer.Hash) {
                inDirective = true;
            }
            atLineStart = false;
            if (!inDirective && type == CLexer.Identifier && NT_NAME.matcher(token.getText()).matches()
                    && nextSignificantIs(tokens, i + 1, CLexer.LeftParen) && !declares(previous)) {
                TextRange range = input.file().range(token.getStartIndex(), token.getStopIndex() + 1);
                String name = token.getText();
                findings.add(new Finding(ID, description.severity(), range,
                        "direct call to " + name + " keeps the caller's PreviousMode; call Zw" + name.substring(2)
                                + " so the dispatcher sets PreviousMode to KernelMode",
                        Witness.of(List.of()), List.of(NtToZwFix.create(range, name))));
            }
            if (!inDirective) {
                previous = token;
            }
        }
        return findings;
    }

    private static boolean nextSignificantIs(List<? extends Token> tokens, int from, int type) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token.getType() == type;
            }
        }
        return false;
    }

    /** A name right after a type or calling convention is being declared, not called. */
    private static boolean declares(@org.eclipse.jdt.annotation.Nullable Token previous) {
        if (previous == null) {
            return false;
        }
        return switch (previous.getType()) {
            case CLexer.Identifier, CLexer.CallingConvention, CLexer.Void, CLexer.Int, CLexer.Long, CLexer.Char,
                    CLexer.Short, CLexer.Unsigned, CLexer.Signed -> true;
            default -> false;
        };
    }
}
