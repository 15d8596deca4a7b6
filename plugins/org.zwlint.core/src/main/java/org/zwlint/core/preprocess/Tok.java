package org.zwlint.core.preprocess;

import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.Diagnostic;
import org.zwlint.core.Severity;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * A preprocessing token while it moves through the preprocessor. Cheaper than {@link PpToken}
 * (no line/column lookups) and carries what only the preprocessor needs: whether it starts a
 * line, whether whitespace preceded it (for # stringizing and function-like #define), and its
 * hide set (the macros whose expansion produced it, which must not expand it again).
 */
final class Tok {
    final int type;
    final String text;
    final SourceFile origin;
    /** Char offsets in {@link #origin}, stop inclusive as in ANTLR. */
    final int start;
    final int stop;
    final boolean lineStart;
    final boolean spaceBefore;
    final HideSet hideSet;
    final @Nullable TextRange site;
    /** 1-based line and 0-based column of {@link #start}, kept so output tokens need no lookups. */
    final int line;
    final int charPositionInLine;

    Tok(int type, String text, SourceFile origin, int start, int stop, boolean lineStart, boolean spaceBefore,
            HideSet hideSet, @Nullable TextRange site) {
        this(type, text, origin, start, stop, lineStart, spaceBefore, hideSet, site, origin.lines().line(start),
                origin.lines().column(start) - 1);
    }

    Tok(int type, String text, SourceFile origin, int start, int stop, boolean lineStart, boolean spaceBefore,
            HideSet hideSet, @Nullable TextRange site, int line, int charPositionInLine) {
        this.line = line;
        this.charPositionInLine = charPositionInLine;
        this.type = type;
        this.text = text;
        this.origin = origin;
        this.start = start;
        this.stop = stop;
        this.lineStart = lineStart;
        this.spaceBefore = spaceBefore;
        this.hideSet = hideSet;
        this.site = site;
    }

    Tok expandedFrom(HideSet newHideSet, @Nullable TextRange newSite, boolean space) {
        return new Tok(type, text, origin, start, stop, false, space, newHideSet, newSite, line, charPositionInLine);
    }

    Tok withSpace(boolean space) {
        return space == spaceBefore ? this : new Tok(type, text, origin, start, stop, lineStart, space, hideSet, site, line,
                charPositionInLine);
    }

    boolean is(int tokenType) {
        return type == tokenType;
    }

    /** Keywords are identifiers to the preprocessor: a macro may be named {@code inline}. */
    boolean isIdentifier() {
        return type == CLexer.Identifier || (type >= CLexer.Auto && type <= CLexer.Typeof);
    }

    int line() {
        return line;
    }

    /** A diagnostic about this token, placed where the user wrote it: the macro invocation for macro output. */
    Diagnostic diagnostic(Severity severity, String message) {
        TextRange at = site;
        if (at != null) {
            return new Diagnostic(severity, at.file(), at.startLine(), at.startColumn(), message);
        }
        return new Diagnostic(severity, origin.path(), line, charPositionInLine + 1, message);
    }

    PpToken toPpToken() {
        TextRange at = site;
        return new PpToken(type, text, origin, start, stop, at == null ? java.util.Optional.empty() : java.util.Optional.of(at),
                line, charPositionInLine);
    }

    @Override
    public String toString() {
        return text;
    }
}
