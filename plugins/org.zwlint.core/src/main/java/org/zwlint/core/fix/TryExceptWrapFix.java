package org.zwlint.core.fix;

import java.util.List;
import java.util.Optional;

import org.zwlint.core.Fix;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parents;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextEdit;
import org.zwlint.core.source.TextRange;

/**
 * PB003's repair: wraps the one statement that probes or touches user memory in
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
        Optional<ExpressionStatement> statement = parents.enclosing(at, ExpressionStatement.class);
        Optional<FunctionDefinition> function = parents.enclosing(at, FunctionDefinition.class);
        if (statement.isEmpty() || function.isEmpty() || statement.get().span().fromMacro()
                || !parents.parent(statement.get()).filter(CompoundStatement.class::isInstance).isPresent()) {
            return Optional.empty();
        }
        Optional<String> handler = handler(function.get());
        TextRange range = statement.get().range();
        if (handler.isEmpty() || !range.file().equals(file.path()) || range.startLine() != range.endLine()) {
            return Optional.empty();
        }
        String text = file.text();
        int lineStart = file.lines().lineStart(range.startLine());
        String indent = text.substring(lineStart, range.startOffset());
        int lineEnd = range.endOffset();
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        boolean aloneOnLine = indent.isBlank() && (lineEnd == text.length() || text.charAt(lineEnd) == '\n'
                || text.charAt(lineEnd) == '\r');
        if (!aloneOnLine) {
            return Optional.empty();
        }
        String eol = SuppressionFix.lineEnding(text, lineStart);
        String step = indent.contains("\t") ? "\t" : "    ";
        String body = text.substring(range.startOffset(), range.endOffset());
        String wrapped = "__try {" + eol + indent + step + body + eol + indent
                + "} __except (EXCEPTION_EXECUTE_HANDLER) {" + eol + indent + step + handler.get() + eol + indent + "}";
        return Optional.of(new Fix("Wrap this statement in __try/__except", file.path(),
                List.of(new TextEdit(range.startOffset(), range.endOffset(), wrapped))));
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
