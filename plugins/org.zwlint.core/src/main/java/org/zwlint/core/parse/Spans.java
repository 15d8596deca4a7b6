package org.zwlint.core.parse;

import java.util.Optional;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.ast.Span;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.source.TextRange;

/** Turns the first and last token of a construct into its AST span. */
final class Spans {
    private Spans() {
    }

    static Span of(Token first, Token last) {
        PpToken a = (PpToken) first;
        PpToken b = (PpToken) last;
        Optional<TextRange> siteA = a.expansionSite();
        Optional<TextRange> siteB = b.expansionSite();
        boolean sameOrigin = a.origin() == b.origin() && b.getStopIndex() >= a.getStartIndex();
        if (siteA.isEmpty() && siteB.isEmpty() && sameOrigin) {
            return Span.of(range(a, b));
        }
        if (siteA.isPresent() && siteA.equals(siteB) && sameOrigin) {
            // wholly inside one macro expansion: where the macro body wrote it, and where it was invoked
            return new Span(a.origin().range(a.getStartIndex(), b.getStopIndex() + 1), siteA);
        }
        TextRange from = siteA.orElse(a.writtenAt());
        TextRange to = siteB.orElse(b.writtenAt());
        Optional<TextRange> site = siteA.isPresent() ? siteA : siteB;
        if (from.file().equals(to.file()) && to.endOffset() >= from.startOffset()) {
            return new Span(new TextRange(from.file(), from.startOffset(), to.endOffset(), from.startLine(),
                    from.startColumn(), to.endLine(), to.endColumn()), site);
        }
        return new Span(from, site);
    }

    /**
     * The range from a's start to b's end, taking lines and columns from the tokens themselves
     * (the preprocessor already computed them) instead of searching the file's line map again.
     */
    private static TextRange range(PpToken a, PpToken b) {
        int end = b.getStopIndex() + 1;
        String text = b.getText();
        int length = end - b.getStartIndex();
        if (text == null || text.length() != length || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return a.origin().range(a.getStartIndex(), end);
        }
        return new TextRange(a.origin().path(), a.getStartIndex(), end, a.getLine(), a.getCharPositionInLine() + 1,
                b.getLine(), b.getCharPositionInLine() + 1 + length);
    }

    static Span of(Token only) {
        return of(only, only);
    }

    /** The source text from the first token to the last, as written when both are in one file. */
    static String text(Token first, Token last) {
        PpToken a = (PpToken) first;
        PpToken b = (PpToken) last;
        if (a.origin() == b.origin() && b.getStopIndex() >= a.getStartIndex()) {
            return a.origin().text().substring(a.getStartIndex(), b.getStopIndex() + 1);
        }
        return a.getText() + " ... " + b.getText();
    }
}
