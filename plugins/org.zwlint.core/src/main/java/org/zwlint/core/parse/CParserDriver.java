package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Declaration;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SkippedDeclaration;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.Span;
import org.zwlint.core.ast.Specifier;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.parse.antlr.CParser;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.preprocess.PreprocessedUnit;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * Parses a preprocessed unit one top-level declaration at a time: SLL prediction first, full
 * LL only when SLL fails, and after a real syntax error a skip to the next top-level boundary,
 * so one broken function never loses the rest of the file.
 */
public final class CParserDriver {
    /** Deeper bracket nesting than this is reported instead of parsed (MSVC itself stops far earlier). */
    public static final int MAX_NESTING = 256;
    /**
     * The parser's counted work budget: token lookups (prediction included), a fixed allowance plus
     * one per token. Real driver files use a few dozen lookups per token; this stops only pathological
     * input, and the same input stops at the same place on any machine.
     */
    public static final long BASE_LOOKUPS = 50_000_000L;
    public static final long LOOKUPS_PER_TOKEN = 2_000L;

    private final TypeNames typeNames;
    private final long budgetNanos;
    private final ParserProfile profile;

    public CParserDriver(TypeNames typeNames, long budgetNanos) {
        this(typeNames, budgetNanos, new ParserProfile(false));
    }

    /** {@code profile}, when enabled, receives ANTLR's decision statistics of every parse. */
    public CParserDriver(TypeNames typeNames, long budgetNanos, ParserProfile profile) {
        this.typeNames = typeNames;
        this.budgetNanos = budgetNanos;
        this.profile = profile;
    }

    public ParsedUnit parse(PreprocessedUnit unit) {
        SourceFile file = unit.file();
        PragmaFilter pragmas = PragmaFilter.split(unit.tokens());
        List<PpToken> input = MissingSemicolons.insert(pragmas.kept());
        List<Declaration> declarations = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int functions = 0;
        int parsedFunctions = 0;
        if (input.isEmpty()) {
            TranslationUnit empty = new TranslationUnit(Span.of(file.range(0, 0)), file.path(), List.of(),
                    pragmas.detached());
            return new ParsedUnit(empty, diagnostics, 0, 0, unit.includedHeaders(),
                    WarningPragmaScanner.scan(unit.tokens()), unit.includes());
        }
        PpTokenStream stream = new PpTokenStream(input, input.get(input.size() - 1), System.nanoTime() + budgetNanos,
                BASE_LOOKUPS + LOOKUPS_PER_TOKEN * input.size());
        CParser parser = new CParser(stream);
        parser.setProfile(profile.enabled());
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setTypeNames(typeNames);
        try {
            while (stream.LA(1) != Token.EOF) {
                int start = stream.index();
                current = start;
                Boundary boundary = Boundary.after(stream, start);
                if (boundary.depth() > MAX_NESTING) {
                    Token deep = stream.tokenAt(boundary.deepestAt());
                    diagnostics.add(at(deep, Severity.ERROR, "brackets nested deeper than " + MAX_NESTING
                            + " levels; this top-level declaration was skipped"));
                    declarations.add(skipped(stream, start, boundary, "nesting too deep"));
                    functions += countIfMain(boundary.looksLikeFunction(), stream.tokenAt(start), file);
                    stream.seek(boundary.end());
                    continue;
                }
                Optional<Declaration> parsed = parseOne(parser, stream, start);
                if (parsed.isPresent()) {
                    Declaration declaration = parsed.get();
                    declarations.add(declaration);
                    learnTypeNames(declaration, stream, start);
                    if (declaration instanceof FunctionDefinition && isMain(stream.tokenAt(start), file)) {
                        functions++;
                        parsedFunctions++;
                    }
                    continue;
                }
                stream.seek(start);
                if (overflowed) {
                    diagnostics.add(at(stream.tokenAt(start), Severity.ERROR,
                            "declaration nested too deeply for the parser; it was skipped"));
                    declarations.add(skipped(stream, start, boundary, "nesting too deep"));
                    functions += countIfMain(boundary.looksLikeFunction(), stream.tokenAt(start), file);
                    stream.seek(Math.max(boundary.end(), start + 1));
                    continue;
                }
                if (unit.stopped() && boundary.end() >= stream.size0()) {
                    // the preprocessor's budget cut this declaration short and said so; no follow-on error
                    declarations.add(skipped(stream, start, boundary, "cut short by the preprocessing budget"));
                    stream.seek(Math.max(boundary.end(), start + 1));
                    continue;
                }
                Diagnostic error = syntaxError(parser, stream, start, boundary.end());
                Optional<FunctionDefinition> recovered = recoverFunction(parser, stream, start, boundary, diagnostics);
                if (recovered.isPresent()) {
                    if (!recovered.get().descendants().anyMatch(SkippedStatement.class::isInstance)) {
                        diagnostics.add(error); // the pieces parse alone; the whole did not
                    }
                    declarations.add(recovered.get());
                    functions += countIfMain(true, stream.tokenAt(start), file);
                    stream.seek(boundary.end());
                    continue;
                }
                diagnostics.add(error);
                declarations.add(skipped(stream, start, boundary, "syntax error"));
                functions += countIfMain(boundary.looksLikeFunction(), stream.tokenAt(start), file);
                stream.seek(Math.max(boundary.end(), start + 1));
            }
        } catch (ParseBudgetExceeded e) {
            Token where = stream.tokenAt(current);
            diagnostics.add(at(where, Severity.ERROR, e.clock()
                    ? "parsing exceeded the wall-clock time budget of " + (budgetNanos / 1_000_000)
                            + " ms (the last resort; the machine may be overloaded); the rest of the file was skipped"
                    : "parsing exceeded its work budget of " + (BASE_LOOKUPS + LOOKUPS_PER_TOKEN * input.size())
                            + " token lookups (" + LOOKUPS_PER_TOKEN + " per token); the rest of the file was skipped"));
            functions += Boundary.countFunctions(stream, current);
        }
        if (profile.enabled()) {
            profile.add(parser.getParseInfo().getDecisionInfo());
        }
        TextRange whole = file.range(0, file.text().length());
        TranslationUnit ast = new TranslationUnit(Span.of(whole), file.path(), declarations, pragmas.detached());
        return new ParsedUnit(ast, diagnostics, functions, parsedFunctions, unit.includedHeaders(),
                WarningPragmaScanner.scan(unit.tokens()), unit.includes());
    }

    private @Nullable RecognitionException lastError;
    private boolean overflowed;
    private int furthest;
    private int current;

    private Optional<Declaration> parseOne(CParser parser, PpTokenStream stream, int start) {
        return attempt(parser, stream, start, p -> AstBuilder.externalDeclaration(p.externalDeclaration()));
    }

    /** Runs one parser rule from {@code start}: SLL first, full LL only if SLL fails. */
    private <T> Optional<T> attempt(CParser parser, PpTokenStream stream, int start, Function<CParser, T> rule) {
        lastError = null;
        overflowed = false;
        furthest = start;
        for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
            stream.seek(start);
            stream.resetFurthest();
            parser.resetForNextDeclaration();
            parser.getInterpreter().setPredictionMode(mode);
            try {
                return Optional.of(rule.apply(parser));
            } catch (ParseCancellationException e) {
                if (e.getCause() instanceof RecognitionException re) {
                    lastError = re;
                }
                furthest = Math.max(furthest, stream.furthest());
            } catch (StackOverflowError e) {
                overflowed = true;
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The diagnostic for the last failed attempt, placed no later than {@code end}. */
    private Diagnostic syntaxError(CParser parser, PpTokenStream stream, int start, int end) {
        RecognitionException error = lastError;
        Token offending = error != null && error.getOffendingToken() != null ? error.getOffendingToken()
                : stream.tokenAt(start);
        int at = stream.positionOf(offending, start);
        if (at < 0 || at >= end || offending.getType() == Token.EOF) {
            // lookahead ran past this construct; where the parser itself stopped is closer to the mistake
            offending = stream.tokenAt(Math.min(furthest, Math.max(start, end - 1)));
        }
        for (int i = start; i < Math.min(end, stream.size0()); i++) {
            int type = stream.tokenAt(i).getType();
            if (type == CLexer.UnterminatedStringLiteral || type == CLexer.UnterminatedCharacterConstant) {
                offending = stream.tokenAt(i); // the real cause, wherever prediction gave up
                break;
            }
        }
        return at(offending, Severity.ERROR, describe(offending, error, parser));
    }

    /**
     * Local recovery inside a function body: parse the head, then the block items one by one,
     * skipping a broken item to its ';' or its closing '}'. The rest of the function stays in
     * the tree, so rules still see its calls.
     */
    private Optional<FunctionDefinition> recoverFunction(CParser parser, PpTokenStream stream, int start,
            Boundary boundary, List<Diagnostic> diagnostics) {
        int close = boundary.end() - 1;
        if (!boundary.looksLikeFunction() || boundary.bodyOpen() < start || overflowed
                || stream.tokenAt(close).getType() != CLexer.RightBrace) {
            return Optional.empty();
        }
        Optional<CParser.FunctionHeadContext> head = attempt(parser, stream, start, CParser::functionHead);
        if (head.isEmpty() || stream.index() != boundary.bodyOpen() + 1) {
            return Optional.empty();
        }
        List<Statement> items = new ArrayList<>();
        List<Diagnostic> found = new ArrayList<>();
        while (stream.index() < close) {
            int itemStart = stream.index();
            Optional<Statement> item = attempt(parser, stream, itemStart, p -> AstBuilder.blockItem(p.blockItem()));
            if (item.isPresent() && stream.index() <= close) {
                items.add(item.get());
                continue;
            }
            if (overflowed) {
                return Optional.empty();
            }
            int itemEnd = itemEnd(stream, itemStart, close);
            found.add(syntaxError(parser, stream, itemStart, close + 1));
            items.add(new SkippedStatement(Spans.of(stream.tokenAt(itemStart), stream.tokenAt(itemEnd - 1)),
                    "syntax error"));
            stream.seek(itemEnd);
        }
        diagnostics.addAll(found);
        CompoundStatement body = new CompoundStatement(
                Spans.of(stream.tokenAt(boundary.bodyOpen()), stream.tokenAt(close)), items);
        return Optional.of(AstBuilder.recoveredFunction(head.get(), body, stream.tokenAt(close)));
    }

    /**
     * Where to resume after a broken block item: after its ';', or at the first '{' outside
     * parentheses, so the statements of a block under a broken if/while/do head are still parsed
     * (as items of the enclosing body); a broken '{' or a stray '}' is stepped over alone.
     */
    private static int itemEnd(PpTokenStream stream, int from, int close) {
        int first = stream.tokenAt(from).getType();
        if (first == CLexer.LeftBrace || first == CLexer.RightBrace) {
            return from + 1;
        }
        int parens = 0;
        for (int i = from; i < close; i++) {
            switch (stream.tokenAt(i).getType()) {
                case CLexer.LeftParen, CLexer.LeftBracket -> parens++;
                case CLexer.RightParen, CLexer.RightBracket -> parens = Math.max(0, parens - 1);
                case CLexer.LeftBrace, CLexer.RightBrace -> {
                    if (parens == 0 || i > from) {
                        return Math.max(i, from + 1);
                    }
                }
                case CLexer.Semi -> {
                    if (parens == 0) {
                        return i + 1;
                    }
                }
                default -> {
                    // inside the item
                }
            }
        }
        return Math.max(close, from + 1);
    }

    /**
     * As {@link #learnTypeNames(Declaration)}, for a declaration just parsed from {@code start} up to the
     * stream's position: a function body is searched for typedefs only if its tokens hold the keyword.
     */
    private void learnTypeNames(Declaration declaration, PpTokenStream stream, int start) {
        if (declaration instanceof FunctionDefinition) {
            boolean typedef = false;
            for (int i = start; i < stream.index() && !typedef; i++) {
                typedef = stream.tokenAt(i).getType() == CLexer.Typedef;
            }
            if (!typedef) {
                return; // most bodies: no walk of the whole body for a declaration that cannot be there
            }
        }
        learnTypeNames(declaration);
    }

    /** Remembers typedef names (and struct tags used as type names in MSVC code) for the rest of the unit. */
    private void learnTypeNames(Declaration declaration) {
        if (declaration instanceof FunctionDefinition function) {
            // a typedef inside a body is known from the next top-level declaration on
            function.body().walk(node -> {
                if (node instanceof org.zwlint.core.ast.DeclarationStatement statement) {
                    learnTypeNames(statement.declaration());
                }
            });
            return;
        }
        if (!(declaration instanceof SimpleDeclaration simple) || !simple.isTypedef()) {
            return;
        }
        for (Declarator d : simple.declarators()) {
            d.declaredName().ifPresent(name -> typeNames.add(name.name()));
        }
        for (Specifier s : simple.specifiers()) {
            if (s instanceof StructSpecifier struct) {
                struct.tag().ifPresent(tag -> typeNames.add(tag.name()));
            }
        }
    }

    private static SkippedDeclaration skipped(PpTokenStream stream, int start, Boundary boundary, String reason) {
        Token first = stream.tokenAt(start);
        Token last = stream.tokenAt(Math.max(start, Math.min(boundary.end(), stream.size0()) - 1));
        return new SkippedDeclaration(Spans.of(first, last), reason, boundary.looksLikeFunction());
    }

    /** Written in the main file, or produced there by a macro (VOID, NTSTATUS_DECL...). */
    private static boolean isMain(Token token, SourceFile file) {
        if (!(token instanceof PpToken p)) {
            return false;
        }
        if (p.origin() == file) {
            return true;
        }
        return p.expansionSite().map(site -> site.file().equals(file.path())).orElse(false);
    }

    private static int countIfMain(boolean function, Token first, SourceFile file) {
        return function && isMain(first, file) ? 1 : 0;
    }

    private static String describe(Token offending, @Nullable RecognitionException error, CParser parser) {
        int type = offending.getType();
        if (type == CLexer.UnterminatedStringLiteral || type == CLexer.UnterminatedCharacterConstant) {
            return "unterminated " + (type == CLexer.UnterminatedStringLiteral ? "string literal" : "character constant")
                    + ": no closing quote before the end of the line";
        }
        String what = type == Token.EOF ? "unexpected end of file" : "unexpected '" + offending.getText() + "'";
        if (error instanceof InputMismatchException || error instanceof NoViableAltException) {
            IntervalSet expected = error.getExpectedTokens();
            if (expected != null && expected.size() > 0 && expected.size() <= 4) {
                what += ", expected " + expected.toString(parser.getVocabulary());
            }
        }
        return "syntax error: " + what;
    }

    static Diagnostic at(Token token, Severity severity, String message) {
        if (token instanceof PpToken p) {
            TextRange where = p.expansionSite().orElse(p.writtenAt());
            return new Diagnostic(severity, where.file(), where.startLine(), where.startColumn(), message);
        }
        return new Diagnostic(severity, java.nio.file.Path.of(""), 0, 0, message);
    }

}
