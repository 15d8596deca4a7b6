package org.zwlint.core.preprocess;

import java.util.Set;

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
    final Set<String> hideSet;
    final @Nullable TextRange site;

    Tok(int type, String text, SourceFile origin, int start, int stop, boolean lineStart, boolean spaceBefore,
            Set<String> hideSet, @Nullable TextRange site) {
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

    Tok expandedFrom(Set<String> newHideSet, @Nullable TextRange newSite, boolean space) {
        return new Tok(type, text, origin, start, stop, false, space, newHideSet, newSite);
    }

    Tok withSpace(boolean space) {
        return space == spaceBefore ? this : new Tok(type, text, origin, start, stop, lineStart, space, hideSet, site);
    }

    boolean is(int tokenType) {
        return type == tokenType;
    }

    /** Keywords are identifiers to the preprocessor: a macro may be named {@code inline}. */
    boolean isIdentifier() {
        return type == CLexer.Identifier || (type >= CLexer.Auto && type <= CLexer.Typeof);
    }

    int line() {
        return origin.lines().line(start);
    }

    Diagnostic diagnostic(Severity severity, String message) {
        return new Diagnostic(severity, origin.path(), origin.lines().line(start), origin.lines().column(start),
                message);
    }

    PpToken toPpToken() {
        TextRange at = site;
        return new PpToken(type, text, origin, start, stop, at == null ? java.util.Optional.empty() : java.util.Optional.of(at));
    }

    @Override
    public String toString() {
        return text;
    }
}
