package org.zwlint.core.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.TextRange;

/**
 * Macro expansion with hide sets (Prosser's algorithm, as in C11 6.10.3.4): every token carries
 * the names of the macros whose expansion produced it, and a name in its own hide set is not
 * expanded again. Arguments are fully expanded before substitution, except next to # and ##.
 * The result is pushed back onto the source and rescanned together with what follows.
 */
final class MacroExpander {
    private final MacroTable macros;
    private final UnitBudget budget;
    private final List<Diagnostic> diagnostics;
    private int counter;

    MacroExpander(MacroTable macros, UnitBudget budget, List<Diagnostic> diagnostics) {
        this.macros = macros;
        this.budget = budget;
        this.diagnostics = diagnostics;
    }

    private record Invocation(List<List<Tok>> args, Tok close) {
    }

    List<Tok> expandList(List<Tok> tokens, int depth) {
        List<Tok> out = new ArrayList<>(tokens.size());
        expand(new ListSource(tokens), out::add, depth);
        return out;
    }

    void expand(TokenSource source, Consumer<Tok> sink, int depth) {
        Tok t;
        while (!budget.exhausted() && (t = source.next()) != null) {
            if (t.is(CLexer.MsPragma)) {
                sink.accept(t);
                copyPragmaOperand(source, sink);
                continue;
            }
            if (!t.isIdentifier()) {
                sink.accept(t);
                continue;
            }
            java.util.Optional<Macro> defined = macros.get(t.text);
            if (defined.isEmpty()) {
                sink.accept(builtin(t));
                continue;
            }
            Macro macro = defined.get();
            if (t.hideSet.contains(macro.name())) {
                sink.accept(t);
                continue;
            }
            if (t.hideSet.size() >= budget.limits().maxExpansionDepth()) {
                budget.depthExceeded(t);
                sink.accept(t);
                continue;
            }
            if (!macro.functionLike()) {
                List<Tok> body = substitute(macro, List.of(), t.hideSet.with(macro.name()), siteOf(t, t),
                        t.spaceBefore, depth);
                if (budget.chargeExpansion(body.size(), t, macro.name())) {
                    source.pushFront(body);
                }
                continue;
            }
            Tok open = source.next();
            if (open == null || !open.is(CLexer.LeftParen)) {
                if (open != null) {
                    source.pushBack(open); // a function-like macro name without ( is an ordinary identifier
                }
                sink.accept(t);
                continue;
            }
            Invocation call = collect(source, macro, t);
            if (call == null) {
                if (!budget.exhausted()) {
                    diagnostics.add(t.diagnostic(Severity.ERROR,
                            "unterminated argument list invoking macro '" + macro.name() + "'"));
                }
                sink.accept(t);
                continue;
            }
            HideSet hideSet = t.hideSet.intersect(call.close.hideSet).with(macro.name());
            List<Tok> body = substitute(macro, call.args, hideSet, siteOf(t, call.close), t.spaceBefore, depth);
            if (budget.chargeExpansion(body.size(), t, macro.name())) {
                source.pushFront(body);
            }
        }
    }

    private @Nullable Invocation collect(TokenSource source, Macro macro, Tok name) {
        List<List<Tok>> args = new ArrayList<>();
        List<Tok> current = new ArrayList<>();
        int nesting = 0;
        int collected = 0;
        int params = macro.params().size();
        while (true) {
            Tok a = source.next();
            if (a == null) {
                return null;
            }
            if (++collected > budget.limits().maxOutputTokens()) {
                budget.chargeOutput(a); // reports, as the arguments alone are larger than any output allowed
                return null;
            }
            if (a.is(CLexer.LeftParen)) {
                nesting++;
            } else if (a.is(CLexer.RightParen)) {
                if (nesting == 0) {
                    args.add(current);
                    return new Invocation(arity(args, macro, name), a);
                }
                nesting--;
            } else if (a.is(CLexer.Comma) && nesting == 0 && !(macro.variadic() && args.size() == params - 1)) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(a);
        }
    }

    private List<List<Tok>> arity(List<List<Tok>> args, Macro macro, Tok name) {
        int params = macro.params().size();
        if (params == 0) {
            if (args.size() > 1 || !args.get(0).isEmpty()) {
                diagnostics.add(name.diagnostic(Severity.WARNING,
                        "macro '" + macro.name() + "' takes no arguments; arguments ignored"));
            }
            return List.of();
        }
        if (args.size() > params) {
            diagnostics.add(name.diagnostic(Severity.WARNING, "too many arguments for macro '" + macro.name()
                    + "' (" + args.size() + " given, " + params + " expected); extra arguments ignored"));
            return new ArrayList<>(args.subList(0, params));
        }
        if (args.size() < params) {
            if (!(macro.variadic() && args.size() == params - 1)) {
                // MSVC accepts this (warning C4003) and substitutes nothing, so code written for it does too.
                diagnostics.add(name.diagnostic(Severity.NOTE, "not enough arguments for macro '" + macro.name()
                        + "' (" + args.size() + " given, " + params + " expected); missing ones are empty"));
            }
            while (args.size() < params) {
                args.add(List.of());
            }
        }
        return args;
    }

    private List<Tok> substitute(Macro macro, List<List<Tok>> args, HideSet hideSet, TextRange site,
            boolean space, int depth) {
        List<Tok> body = macro.body();
        List<Tok> out = new ArrayList<>(body.size() + 8);
        List<@Nullable List<Tok>> expandedArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            expandedArgs.add(null);
        }
        int variadicIndex = macro.variadic() ? macro.params().size() - 1 : -1;
        boolean placemarker = false;
        // An argument next to ## is not expanded first; MSVC then expands a use of the macro inside it on the rescan
        // (TEXT("a" TEXT("b")) with TEXT(q) L##q), where C11 would hide the name. Those tokens do not get its name.
        java.util.Set<Tok> unexpandedArgument = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < body.size(); i++) {
            Tok b = body.get(i);
            int param = b.isIdentifier() ? macro.paramIndex(b.text) : -1;
            if (macro.functionLike() && b.is(CLexer.Hash) && i + 1 < body.size()
                    && body.get(i + 1).isIdentifier() && macro.paramIndex(body.get(i + 1).text) >= 0) {
                Tok name = body.get(i + 1);
                out.add(stringize(args.get(macro.paramIndex(name.text)), b, name));
                i++;
                placemarker = false;
                continue;
            }
            if (b.is(CLexer.HashHash) && i + 1 < body.size()) {
                Tok right = body.get(++i);
                int rightParam = right.isIdentifier() ? macro.paramIndex(right.text) : -1;
                List<Tok> rightTokens = rightParam >= 0 ? args.get(rightParam) : List.of(right);
                if (macro.functionLike() && right.is(CLexer.Hash) && i + 1 < body.size()
                        && body.get(i + 1).isIdentifier() && macro.paramIndex(body.get(i + 1).text) >= 0) {
                    Tok name = body.get(++i); // "a ## #b": # binds first, then the string is pasted
                    rightTokens = List.of(stringize(args.get(macro.paramIndex(name.text)), right, name));
                }
                if (rightParam >= 0 && rightParam == variadicIndex && !placemarker && !out.isEmpty()
                        && out.get(out.size() - 1).is(CLexer.Comma)) {
                    // GNU ", ## __VA_ARGS__": the comma goes away when there are no variadic arguments.
                    if (rightTokens.isEmpty()) {
                        out.remove(out.size() - 1);
                    } else {
                        out.addAll(rightTokens);
                    }
                    continue;
                }
                if (rightTokens.isEmpty()) {
                    continue;
                }
                if (placemarker || out.isEmpty()) {
                    out.addAll(rightTokens);
                } else {
                    Tok left = out.remove(out.size() - 1);
                    out.addAll(paste(left, rightTokens.get(0)));
                    out.addAll(rightTokens.subList(1, rightTokens.size()));
                }
                if (rightParam >= 0) {
                    unexpandedArgument.addAll(rightTokens.subList(1, rightTokens.size()));
                }
                placemarker = false;
                continue;
            }
            if (param >= 0) {
                boolean beforePaste = i + 1 < body.size() && body.get(i + 1).is(CLexer.HashHash);
                List<Tok> arg;
                if (beforePaste) {
                    arg = args.get(param);
                    unexpandedArgument.addAll(arg.subList(0, Math.max(0, arg.size() - 1)));
                } else {
                    List<Tok> expanded = expandedArgs.get(param);
                    if (expanded == null) {
                        expanded = expandArgument(args.get(param), depth);
                        expandedArgs.set(param, expanded);
                    }
                    arg = expanded;
                }
                if (budget.exhausted()) {
                    return List.of(); // a runaway argument: stop copying what will be thrown away
                }
                if (arg.isEmpty()) {
                    placemarker = true;
                    if (param == variadicIndex && !beforePaste && !out.isEmpty()
                            && out.get(out.size() - 1).is(CLexer.Comma) && i > 0 && body.get(i - 1).is(CLexer.Comma)) {
                        out.remove(out.size() - 1); // MSVC drops the comma before an empty __VA_ARGS__
                    }
                    continue;
                }
                out.add(arg.get(0).withSpace(b.spaceBefore));
                out.addAll(arg.subList(1, arg.size()));
                placemarker = false;
                continue;
            }
            out.add(b);
            placemarker = false;
        }
        List<Tok> result = new ArrayList<>(out.size());
        HideSet outer = unexpandedArgument.isEmpty() ? hideSet : hideSet.without(macro.name());
        for (int i = 0; i < out.size(); i++) {
            Tok o = out.get(i);
            HideSet hide = unexpandedArgument.contains(o) ? outer : hideSet;
            result.add(o.expandedFrom(o.hideSet.union(hide), site, i == 0 ? space : o.spaceBefore));
        }
        return result;
    }

    private List<Tok> expandArgument(List<Tok> arg, int depth) {
        if (arg.isEmpty() || budget.exhausted()) {
            return List.of();
        }
        if (depth + 1 > budget.limits().maxExpansionDepth()) {
            budget.depthExceeded(arg.get(0));
            return arg;
        }
        return expandList(arg, depth + 1);
    }

    private static Tok stringize(List<Tok> arg, Tok hash, Tok param) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < arg.size(); i++) {
            Tok a = arg.get(i);
            if (i > 0 && a.spaceBefore) {
                text.append(' ');
            }
            boolean literal = a.is(CLexer.StringLiteral) || a.is(CLexer.CharacterConstant)
                    || a.is(CLexer.UnterminatedStringLiteral) || a.is(CLexer.UnterminatedCharacterConstant);
            text.append(literal ? a.text.replace("\\", "\\\\").replace("\"", "\\\"") : a.text);
        }
        text.append('"');
        return new Tok(CLexer.StringLiteral, text.toString(), hash.origin, hash.start, Math.max(hash.stop, param.stop),
                false, hash.spaceBefore, HideSet.EMPTY, null);
    }

    private List<Tok> paste(Tok left, Tok right) {
        String text = left.text + right.text;
        CLexer lexer = new CLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<? extends Token> lexed = lexer.getAllTokens();
        if (lexed.size() != 1 || lexed.get(0).getChannel() != Token.DEFAULT_CHANNEL) {
            // MSVC quietly keeps both tokens, and code written for it pastes strings and punctuation
            // ("ERROR: "##msg, printf(##fmt)); only a paste of two names or numbers is worth a word.
            if (isWordLike(left) && isWordLike(right)) {
                diagnostics.add(right.diagnostic(Severity.WARNING, "pasting '" + left.text + "' and '" + right.text
                        + "' does not give a valid token; kept as two tokens"));
            }
            return List.of(left, right);
        }
        int stop = right.origin == left.origin && right.stop > left.stop ? right.stop : left.stop;
        return List.of(new Tok(lexed.get(0).getType(), text, left.origin, left.start, stop, false, left.spaceBefore,
                left.hideSet.union(right.hideSet), left.site));
    }

    private static boolean isWordLike(Tok t) {
        return t.isIdentifier() || t.is(CLexer.Constant);
    }

    private Tok builtin(Tok t) {
        if (t.text.length() < 8 || t.text.charAt(0) != '_' || t.text.charAt(1) != '_') {
            return t; // the common case, decided without hashing or computing a site
        }
        return switch (t.text) {
            case "__LINE__", "__FILE__", "__COUNTER__", "__DATE__", "__TIME__" -> builtinValue(t, siteOf(t, t));
            // MSVC makes these string literals ("Entering " __FUNCTION__ concatenates); only the compiler
            // knows the function, so the token keeps its spelling and position and just becomes a string.
            case "__FUNCTION__", "__FUNCDNAME__", "__FUNCSIG__" -> new Tok(CLexer.StringLiteral, t.text, t.origin,
                    t.start, t.stop, false, t.spaceBefore, t.hideSet, t.site, t.line, t.charPositionInLine);
            default -> t;
        };
    }

    private Tok builtinValue(Tok t, TextRange site) {
        return switch (t.text) {
            case "__LINE__" -> new Tok(CLexer.Constant, Integer.toString(t.site != null ? t.site.startLine() : t.line()),
                    t.origin, t.start, t.stop, false, t.spaceBefore, t.hideSet, site);
            case "__FILE__" -> new Tok(CLexer.StringLiteral,
                    "\"" + t.origin.path().toString().replace("\\", "\\\\") + "\"", t.origin, t.start, t.stop, false,
                    t.spaceBefore, t.hideSet, site);
            case "__COUNTER__" -> new Tok(CLexer.Constant, Integer.toString(counter++), t.origin, t.start, t.stop,
                    false, t.spaceBefore, t.hideSet, site);
            // Fixed values keep runs reproducible.
            case "__DATE__" -> new Tok(CLexer.StringLiteral, "\"Jan  1 2000\"", t.origin, t.start, t.stop, false,
                    t.spaceBefore, t.hideSet, site);
            case "__TIME__" -> new Tok(CLexer.StringLiteral, "\"00:00:00\"", t.origin, t.start, t.stop, false,
                    t.spaceBefore, t.hideSet, site);
            default -> t;
        };
    }

    /** __pragma(...) and _Pragma(...) reach the parser as written: their operand is not macro-expanded. */
    private static void copyPragmaOperand(TokenSource source, Consumer<Tok> sink) {
        Tok open = source.next();
        if (open == null) {
            return;
        }
        if (!open.is(CLexer.LeftParen)) {
            source.pushBack(open);
            return;
        }
        sink.accept(open);
        int nesting = 1;
        Tok t;
        while (nesting > 0 && (t = source.next()) != null) {
            if (t.is(CLexer.LeftParen)) {
                nesting++;
            } else if (t.is(CLexer.RightParen)) {
                nesting--;
            }
            sink.accept(t);
        }
    }

    /** The outermost invocation: a token that already came from a macro keeps that macro's site. */
    private static TextRange siteOf(Tok first, Tok last) {
        TextRange outer = first.site;
        if (outer != null) {
            return outer;
        }
        int end = last.site == null && last.origin == first.origin && last.stop >= first.start ? last.stop : first.stop;
        return first.origin.range(first.start, end + 1);
    }
}
