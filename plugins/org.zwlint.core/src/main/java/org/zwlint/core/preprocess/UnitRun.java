package org.zwlint.core.preprocess;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.SourceFile;

/**
 * Preprocesses one translation unit: reads the open files' tokens, obeys directives and
 * conditionals, and feeds the rest through the {@link MacroExpander}. Used once, on one thread.
 */
final class UnitRun implements TokenSource {
    private record Cursor(LexedFile lexed, int conditionalsBelow, int[] position) {
        Tok[] tokens() {
            return lexed.tokens();
        }

        Path path() {
            return lexed.file().path().toAbsolutePath().normalize();
        }
    }

    /** One #if group: whether its enclosing code is active, whether a branch was taken, and whether we are in it. */
    private static final class Conditional {
        final Tok directive;
        final boolean enclosingActive;
        boolean taken;
        boolean active;
        boolean sawElse;

        Conditional(Tok directive, boolean enclosingActive, boolean value) {
            this.directive = directive;
            this.enclosingActive = enclosingActive;
            this.taken = value;
            this.active = enclosingActive && value;
        }
    }

    private final ZwLintConfig config;
    private final HeaderCache headers;
    private final PreprocessorLimits limits;
    private final Set<String> modelHeaders;
    private final MacroTable macros;
    private final Map<String, ArrayDeque<Optional<Macro>>> pushedMacros = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final java.util.Set<String> includedHeaders = new java.util.TreeSet<>();
    /** Every header look-up and every header read, for a result cache (see {@link IncludeTrace}). */
    private final java.util.Set<IncludeProbe> probes = new java.util.LinkedHashSet<>();
    private final Map<Path, String> headersRead = new java.util.HashMap<>();
    private final UnitBudget budget;
    private final MacroExpander expander;
    private final ArrayDeque<Tok> pending = new ArrayDeque<>();
    private final List<Cursor> files = new ArrayList<>();
    private final List<Conditional> conditionals = new ArrayList<>();
    private final Set<Path> pragmaOnce = new HashSet<>();
    private final List<PpToken> output = new ArrayList<>();
    private int directives;

    UnitRun(ZwLintConfig config, HeaderCache headers, PreprocessorLimits limits, Set<String> modelHeaders,
            MacroTable macros) {
        this.config = config;
        this.headers = headers;
        this.limits = limits;
        this.modelHeaders = modelHeaders;
        this.macros = macros;
        this.budget = new UnitBudget(limits, diagnostics);
        this.expander = new MacroExpander(macros, budget, diagnostics);
    }

    PreprocessedUnit run(SourceFile file) {
        files.add(new Cursor(LexedFile.lex(file), 0, new int[1]));
        expander.expand(this, this::emit, 0);
        return new PreprocessedUnit(file, output, diagnostics, includedHeaders, budget.exhausted(),
                new IncludeTrace(List.copyOf(probes), headersRead));
    }

    private void emit(Tok t) {
        if (budget.chargeOutput(t)) {
            output.add(t.toPpToken());
        }
    }

    @Override
    public void pushFront(List<Tok> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            pending.addFirst(tokens.get(i));
        }
    }

    @Override
    public @Nullable Tok next() {
        Tok t = pending.pollFirst();
        return t != null ? t : nextFromFiles();
    }

    private @Nullable Tok nextFromFiles() {
        while (!budget.exhausted() && !files.isEmpty()) {
            Cursor c = files.get(files.size() - 1);
            Tok[] tokens = c.tokens();
            int pos = c.position[0];
            if (pos >= tokens.length) {
                closeFile(c);
                continue;
            }
            Tok t = tokens[pos];
            if (t.lineStart && t.is(CLexer.Hash)) {
                int end = lineEnd(tokens, pos + 1);
                c.position[0] = end;
                directive(c, t, java.util.Arrays.asList(tokens).subList(pos + 1, end));
                continue;
            }
            if (!active()) {
                c.position[0] = lineEnd(tokens, pos + 1);
                continue;
            }
            c.position[0] = pos + 1;
            return t;
        }
        return null;
    }

    private static int lineEnd(Tok[] tokens, int from) {
        int i = from;
        while (i < tokens.length && !tokens[i].lineStart) {
            i++;
        }
        return i;
    }

    private void closeFile(Cursor c) {
        while (conditionals.size() > c.conditionalsBelow) {
            Conditional open = conditionals.remove(conditionals.size() - 1);
            diagnostics.add(open.directive.diagnostic(Severity.ERROR,
                    "unterminated #" + open.directive.text + ": no #endif before the end of the file"));
        }
        files.remove(files.size() - 1);
    }

    private boolean active() {
        return conditionals.isEmpty() || conditionals.get(conditionals.size() - 1).active;
    }

    private void directive(Cursor c, Tok hash, List<Tok> line) {
        if ((++directives & 0x3FF) == 0) {
            budget.checkTime(hash); // headers that only include each other produce no output to count
        }
        if (line.isEmpty()) {
            return; // the null directive
        }
        Tok d = line.get(0);
        List<Tok> rest = line.subList(1, line.size());
        String name = d.isIdentifier() ? d.text : d.is(CLexer.Constant) ? "line" : "";
        boolean active = active();
        switch (name) {
            case "if" -> conditionals.add(new Conditional(d, active, active && evaluate(d, rest)));
            case "ifdef", "ifndef" -> conditionals.add(new Conditional(d, active,
                    active && isDefined(d, rest) == name.equals("ifdef")));
            case "elif", "elifdef", "elifndef" -> elif(d, rest, name);
            case "else" -> {
                Conditional top = top(d);
                if (top != null) {
                    if (top.sawElse) {
                        diagnostics.add(d.diagnostic(Severity.ERROR, "#else after #else"));
                    }
                    top.sawElse = true;
                    top.active = top.enclosingActive && !top.taken;
                    top.taken = true;
                }
            }
            case "endif" -> {
                if (top(d) != null) {
                    conditionals.remove(conditionals.size() - 1);
                }
            }
            default -> {
                if (active) {
                    activeDirective(c, hash, d, name, rest);
                }
            }
        }
    }

    private void activeDirective(Cursor c, Tok hash, Tok d, String name, List<Tok> rest) {
        switch (name) {
            case "define" -> define(d, rest);
            case "undef" -> {
                if (!rest.isEmpty() && rest.get(0).isIdentifier()) {
                    macros.undefine(rest.get(0).text);
                } else {
                    diagnostics.add(d.diagnostic(Severity.ERROR, "#undef without a macro name"));
                }
            }
            case "include", "include_next" -> include(c, d, rest);
            case "pragma" -> pragma(c, hash, d, rest);
            case "error" -> diagnostics.add(hash.diagnostic(Severity.ERROR, "#error" + restOfLine(d, rest)));
            case "warning" -> diagnostics.add(hash.diagnostic(Severity.WARNING, "#warning" + restOfLine(d, rest)));
            case "line", "ident", "sccs" -> {
                // accepted; diagnostics keep pointing at the real file and line
            }
            default -> diagnostics.add(d.diagnostic(Severity.NOTE, "unsupported directive #" + d.text + " ignored"));
        }
    }

    private @Nullable Conditional top(Tok d) {
        Cursor c = files.get(files.size() - 1);
        if (conditionals.size() <= c.conditionalsBelow) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#" + d.text + " without #if"));
            return null;
        }
        return conditionals.get(conditionals.size() - 1);
    }

    private void elif(Tok d, List<Tok> rest, String name) {
        Conditional top = top(d);
        if (top == null) {
            return;
        }
        if (top.sawElse) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#" + name + " after #else"));
        }
        if (top.taken || !top.enclosingActive) {
            top.active = false;
            return;
        }
        boolean value = switch (name) {
            case "elifdef" -> isDefined(d, rest);
            case "elifndef" -> !isDefined(d, rest);
            default -> evaluate(d, rest);
        };
        top.active = value;
        top.taken = value;
    }

    private boolean isDefined(Tok d, List<Tok> rest) {
        if (rest.isEmpty() || !rest.get(0).isIdentifier()) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#" + d.text + " without a macro name"));
            return false;
        }
        return macros.defined(rest.get(0).text);
    }

    private boolean evaluate(Tok d, List<Tok> rest) {
        List<Tok> expanded = replaceDefined(expander.expandList(replaceDefined(rest), 0));
        try {
            return IfExpression.evaluate(expanded, limits.maxExpressionNesting());
        } catch (IfExpression.Invalid e) {
            diagnostics.add(d.diagnostic(Severity.ERROR, String.valueOf(e.getMessage()) + "; the condition counts as false"));
            return false;
        }
    }

    /** {@code defined X} and {@code defined(X)} become 1 or 0 before expansion, so X itself is never expanded. */
    private List<Tok> replaceDefined(List<Tok> tokens) {
        List<Tok> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if ((t.text.equals("__has_include") || t.text.equals("__has_include_next")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).is(CLexer.LeftParen)) {
                int close = i + 2;
                while (close < tokens.size() && !tokens.get(close).is(CLexer.RightParen)) {
                    close++;
                }
                Optional<HeaderName> header = headerName(tokens.subList(i + 2, Math.min(close, tokens.size())));
                boolean found = header.isPresent() && resolve(header.get().name(), header.get().quoted()).isPresent();
                out.add(new Tok(CLexer.Constant, found ? "1" : "0", t.origin, t.start, t.stop, false, t.spaceBefore,
                        HideSet.EMPTY, t.site));
                i = close;
                continue;
            }
            if (!t.text.equals("defined")) {
                out.add(t);
                continue;
            }
            int j = i + 1;
            boolean paren = j < tokens.size() && tokens.get(j).is(CLexer.LeftParen);
            if (paren) {
                j++;
            }
            if (j >= tokens.size() || !tokens.get(j).isIdentifier()) {
                out.add(t); // malformed; the evaluator reports it
                continue;
            }
            boolean defined = macros.defined(tokens.get(j).text) || isBuiltin(tokens.get(j).text);
            if (paren) {
                j++;
                if (j >= tokens.size() || !tokens.get(j).is(CLexer.RightParen)) {
                    out.add(t);
                    continue;
                }
            }
            out.add(new Tok(CLexer.Constant, defined ? "1" : "0", t.origin, t.start, t.stop, false, t.spaceBefore,
                    HideSet.EMPTY, t.site));
            i = j;
        }
        return out;
    }

    private static boolean isBuiltin(String name) {
        return switch (name) {
            case "__LINE__", "__FILE__", "__COUNTER__", "__DATE__", "__TIME__", "__has_include" -> true;
            default -> false;
        };
    }

    private void define(Tok d, List<Tok> rest) {
        if (rest.isEmpty() || !rest.get(0).isIdentifier()) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#define without a macro name"));
            return;
        }
        String name = rest.get(0).text;
        if (name.equals("defined")) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "'defined' cannot be a macro name"));
            return;
        }
        if (rest.size() > 1 && rest.get(1).is(CLexer.LeftParen) && !rest.get(1).spaceBefore) {
            List<String> params = new ArrayList<>();
            boolean variadic = false;
            int i = 2;
            boolean closed = false;
            while (i < rest.size()) {
                Tok p = rest.get(i++);
                if (p.is(CLexer.RightParen) && params.isEmpty() && !variadic) {
                    closed = true;
                    break;
                }
                if (p.is(CLexer.Ellipsis)) {
                    params.add("__VA_ARGS__");
                    variadic = true;
                } else if (p.isIdentifier()) {
                    params.add(p.text);
                    if (i < rest.size() && rest.get(i).is(CLexer.Ellipsis)) {
                        variadic = true; // GNU named variadic parameter: "args..."
                        i++;
                    }
                } else {
                    break;
                }
                if (i < rest.size() && rest.get(i).is(CLexer.RightParen)) {
                    i++;
                    closed = true;
                    break;
                }
                if (variadic || i >= rest.size() || !rest.get(i).is(CLexer.Comma)) {
                    break;
                }
                i++;
            }
            if (!closed) {
                diagnostics.add(d.diagnostic(Severity.ERROR, "malformed parameter list in #define " + name));
                return;
            }
            macros.define(new Macro(name, true, params, variadic, body(rest.subList(i, rest.size()))));
        } else {
            macros.define(new Macro(name, false, List.of(), false, body(rest.subList(1, rest.size()))));
        }
    }

    private static List<Tok> body(List<Tok> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Tok> body = new ArrayList<>(tokens);
        body.set(0, body.get(0).withSpace(false));
        return body;
    }

    private void pragma(Cursor c, Tok hash, Tok d, List<Tok> rest) {
        Tok last = rest.isEmpty() ? d : rest.get(rest.size() - 1);
        String text = hash.origin.text().substring(hash.start, last.stop + 1);
        if (budget.chargeOutput(hash)) {
            output.add(new PpToken(CLexer.PragmaDirective, text, hash.origin, hash.start, last.stop, Optional.empty()));
        }
        if (rest.isEmpty()) {
            return;
        }
        switch (rest.get(0).text) {
            case "once" -> pragmaOnce.add(c.path());
            case "push_macro", "pop_macro" -> pushOrPopMacro(rest);
            default -> {
                // other pragmas are the parser's business
            }
        }
    }

    private void pushOrPopMacro(List<Tok> rest) {
        if (rest.size() < 4 || !rest.get(2).is(CLexer.StringLiteral)) {
            return;
        }
        String quoted = rest.get(2).text;
        String name = quoted.substring(1, quoted.length() - 1);
        ArrayDeque<Optional<Macro>> saved = pushedMacros.computeIfAbsent(name, n -> new ArrayDeque<>());
        if (rest.get(0).text.equals("push_macro")) {
            saved.push(macros.get(name));
        } else if (!saved.isEmpty()) {
            Optional<Macro> previous = saved.pop();
            if (previous.isPresent()) {
                macros.define(previous.get());
            } else {
                macros.undefine(name);
            }
        }
    }

    private static String restOfLine(Tok d, List<Tok> rest) {
        if (rest.isEmpty()) {
            return "";
        }
        return " " + d.origin.text().substring(rest.get(0).start, rest.get(rest.size() - 1).stop + 1);
    }

    private void include(Cursor c, Tok d, List<Tok> rest) {
        List<Tok> operand = rest;
        if (!operand.isEmpty() && !operand.get(0).is(CLexer.StringLiteral) && !operand.get(0).is(CLexer.Less)) {
            operand = expander.expandList(operand, 0); // #include MACRO
        }
        Optional<HeaderName> header = headerName(operand);
        if (header.isEmpty()) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#include expects \"file\" or <file>"));
            return;
        }
        String name = header.get().name();
        boolean quoted = header.get().quoted();
        String shown = quoted ? "\"" + name + "\"" : "<" + name + ">";
        String base = name.replace('\\', '/');
        String file = base.substring(base.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        includedHeaders.add(file);
        Optional<Path> found = resolve(name, quoted);
        if (found.isEmpty()) {
            diagnostics.add(d.diagnostic(Severity.NOTE, "cannot find header " + shown + "; skipped"
                    + (modelHeaders.contains(file) ? " (the bundled WDK model declares what drivers use from it)" : "")));
            return;
        }
        Path path = found.get();
        if (pragmaOnce.contains(path)) {
            return;
        }
        HeaderCache.Entry entry = headers.get(path);
        headersRead.put(path, entry instanceof HeaderCache.Lexed read ? read.sha256() : IncludeTrace.UNREADABLE);
        if (entry instanceof HeaderCache.Unreadable unreadable) {
            diagnostics.add(d.diagnostic(Severity.WARNING, "header " + shown + " skipped: " + unreadable.reason()));
            return;
        }
        LexedFile lexed = ((HeaderCache.Lexed) entry).lexed();
        Optional<String> guard = lexed.guard();
        if (guard.isPresent() && macros.defined(guard.get())) {
            return;
        }
        if (files.size() > limits.maxIncludeDepth()) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "#include nested more than " + limits.maxIncludeDepth()
                    + " levels deep; " + shown + " skipped"));
            return;
        }
        int open = 0;
        for (Cursor f : files) {
            if (f.path().equals(path)) {
                open++;
            }
        }
        if (open > limits.maxSelfInclusions()) {
            diagnostics.add(d.diagnostic(Severity.ERROR, "include cycle: " + shown + " is already open " + open
                    + " times and has no include guard; skipped"));
            return;
        }
        files.add(new Cursor(lexed, conditionals.size(), new int[1]));
    }

    private record HeaderName(String name, boolean quoted) {
    }

    /** "name" or <name>; between < and > the exact source text counts, as a file name may hold any character. */
    private static Optional<HeaderName> headerName(List<Tok> operand) {
        if (operand.isEmpty()) {
            return Optional.empty();
        }
        Tok first = operand.get(0);
        if (first.is(CLexer.StringLiteral) && first.text.startsWith("\"") && first.text.length() >= 2) {
            return Optional.of(new HeaderName(first.text.substring(1, first.text.length() - 1), true));
        }
        if (!first.is(CLexer.Less)) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        int i = 1;
        while (i < operand.size() && !operand.get(i).is(CLexer.Greater)) {
            Tok t = operand.get(i);
            Tok previous = operand.get(i - 1);
            if (i > 1 && t.origin == previous.origin && t.site == null && previous.site == null
                    && previous.stop + 1 <= t.start) {
                sb.append(t.origin.text(), previous.stop + 1, t.start);
            } else if (i > 1 && t.spaceBefore) {
                sb.append(' ');
            }
            sb.append(t.text);
            i++;
        }
        return i < operand.size() ? Optional.of(new HeaderName(sb.toString(), false)) : Optional.empty();
    }

    private Optional<Path> resolve(String name, boolean quoted) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || (normalized.length() > 2 && normalized.charAt(1) == ':')) {
            // the root of the file system the including file lives on, which need not be the default one
            @Nullable Path root = files.isEmpty() ? null : files.get(files.size() - 1).path().getRoot();
            return probe(root != null ? root : Path.of("/"), normalized);
        }
        if (quoted) {
            // MSVC looks next to the including file, then next to each file that included it.
            for (int i = files.size() - 1; i >= 0; i--) {
                Path parent = files.get(i).path().toAbsolutePath().getParent();
                if (parent != null) {
                    Optional<Path> found = probe(parent, normalized);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        for (Path dir : config.includeDirs()) {
            Optional<Path> found = probe(dir, normalized);
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Path> wdk = config.wdkIncludeDir();
        return wdk.isPresent() ? probe(wdk.get(), normalized) : Optional.empty();
    }

    /** A header look-up, remembered for the result cache. */
    private Optional<Path> probe(Path dir, String name) {
        Optional<Path> found = headers.find(dir, name);
        probes.add(new IncludeProbe(dir, name, found));
        return found;
    }
}
