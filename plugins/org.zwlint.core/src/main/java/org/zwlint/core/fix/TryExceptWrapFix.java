package org.zwlint.core.fix;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zwlint.core.Fix;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * PB003's repair: wraps the statement that probes or touches user memory (with its unguarded neighbours) in
 * {@code __try { ... } __except (EXCEPTION_EXECUTE_HANDLER) { return GetExceptionCode(); }}.
 * Offered only where the edit is safe: an expression statement (no declaration whose scope the
 * block would cut), written by the developer alone on its lines in the analyzed file (not produced by
 * a macro), in a block, in a function that returns NTSTATUS (or void, where the handler just
 * returns). Indentation and the line ending are the file's own; bytes outside the statement's
 * lines are untouched.
 */
public final class TryExceptWrapFix {
    private TryExceptWrapFix() {
    }

    public static Optional<Fix> create(SourceFile file, Node at, Parents parents) {
        return create(file, at, parents, List.of());
    }

    /**
     * The wrap of the statement at {@code at}, gathered with its neighbours: where the statements before and after
     * it in the same block are expression statements too, the run is extended to the farthest one that holds one of
     * {@code alsoUnguarded} (the other unguarded probes and user accesses of the function), so a probe and the
     * accesses after it share one __try and the fix of one finding clears them all.
     */
    public static Optional<Fix> create(SourceFile file, Node at, Parents parents, List<Node> alsoUnguarded) {
        Optional<ExpressionStatement> statement = parents.enclosing(at, ExpressionStatement.class);
        Optional<FunctionDefinition> function = parents.enclosing(at, FunctionDefinition.class);
        if (statement.isEmpty() || function.isEmpty() || !wrappable(file, statement.get())) {
            return Optional.empty();
        }
        Optional<Node> parent = parents.parent(statement.get());
        if (parent.isEmpty() || !(parent.get() instanceof CompoundStatement block)) {
            return Optional.empty();
        }
        Optional<String> handler = handler(function.get());
        if (handler.isEmpty()) {
            return Optional.empty();
        }
        List<Statement> items = block.items();
        int here = indexOf(items, statement.get());
        Set<Integer> holding = new HashSet<>();
        for (Node other : alsoUnguarded) {
            parents.enclosing(other, ExpressionStatement.class).map(s -> indexOf(items, s)).filter(i -> i >= 0)
                    .ifPresent(holding::add);
        }
        int first = here;
        for (int i = here - 1; i >= 0 && wrappable(file, items.get(i)); i--) {
            if (holding.contains(i)) {
                first = i;
            }
        }
        int last = here;
        for (int i = here + 1; i < items.size() && wrappable(file, items.get(i)); i++) {
            if (holding.contains(i)) {
                last = i;
            }
        }
        String text = file.text();
        TextRange from = items.get(first).range();
        TextRange to = items.get(last).range();
        int lineStart = file.lines().lineStart(from.startLine());
        String indent = text.substring(lineStart, from.startOffset());
        String eol = SuppressionFix.lineEnding(text, lineStart);
        String step = indent.contains("\t") ? "\t" : "    ";
        String body = indented(text.substring(from.startOffset(), to.endOffset()), step);
        String wrapped = "__try {" + eol + indent + step + body + eol + indent
                + "} __except (EXCEPTION_EXECUTE_HANDLER) {" + eol + indent + step + handler.get() + eol + indent + "}";
        String label = first == last ? "Wrap this statement in __try/__except"
                : "Wrap these " + (last - first + 1) + " statements in __try/__except";
        return Optional.of(new Fix(label, file.path(),
                List.of(new TextEdit(from.startOffset(), to.endOffset(), wrapped))));
    }

    /**
     * An expression statement (no declaration whose scope the block would cut), written by the developer in the
     * analyzed file (not produced by a macro), alone on its lines.
     */
    private static boolean wrappable(SourceFile file, Statement statement) {
        if (!(statement instanceof ExpressionStatement) || statement.span().fromMacro()) {
            return false;
        }
        TextRange range = statement.range();
        String text = file.text();
        if (!range.file().equals(file.path()) || range.endOffset() > text.length()) {
            return false;
        }
        int lineStart = file.lines().lineStart(range.startLine());
        if (!text.substring(lineStart, range.startOffset()).isBlank()) {
            return false;
        }
        int lineEnd = range.endOffset();
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        return lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r';
    }

    /** Every line after the first one step deeper; blank lines stay blank. */
    private static String indented(String body, String step) {
        StringBuilder out = new StringBuilder(body.length() + 16);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            out.append(c);
            if (c == '\n' || (c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n'))) {
                int next = i + 1;
                boolean blank = next >= body.length() || body.charAt(next) == '\n' || body.charAt(next) == '\r';
                if (!blank) {
                    out.append(step);
                }
            }
        }
        return out.toString();
    }

    private static int indexOf(List<Statement> items, Statement statement) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == statement) {
                return i;
            }
        }
        return -1;
    }

    /** What the handler does: return the exception code from an NTSTATUS function, or return from a void one. */
    private static Optional<String> handler(FunctionDefinition function) {
        if (function.declarator().pointerDepth() > 0) {
            return Optional.empty();
        }
        for (var specifier : function.specifiers()) {
            if (specifier instanceof TypedefName name && name.name().equals("NTSTATUS")) {
                return Optional.of("return GetExceptionCode();");
            }
            if (specifier instanceof TypedefName name && name.name().equals("VOID")
                    || specifier instanceof KeywordSpecifier keyword && keyword.keyword().equals("void")) {
                return Optional.of("return;");
            }
        }
        return Optional.empty();
    }

}
