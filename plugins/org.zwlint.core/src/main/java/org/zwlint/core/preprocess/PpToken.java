package org.zwlint.core.preprocess;

import java.util.Optional;

import org.antlr.v4.runtime.CommonToken;
import org.zwlint.core.source.SourceFile;
import org.zwlint.core.source.TextRange;

/**
 * A token after preprocessing, fed to the parser. Its start/stop indexes are char offsets in
 * {@link #origin()}, the file where it was written (the main file, a header, or the bundled WDK
 * model); a token produced by a macro expansion also knows the expansion site in the main file.
 */
public final class PpToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    private final transient SourceFile origin;
    private final transient Optional<TextRange> expansionSite;

    public PpToken(int type, String text, SourceFile origin, int startOffset, int stopOffset,
            Optional<TextRange> expansionSite) {
        super(type, text);
        this.origin = origin;
        this.expansionSite = expansionSite;
        setStartIndex(startOffset);
        setStopIndex(stopOffset);
        setLine(origin.lines().line(startOffset));
        setCharPositionInLine(origin.lines().column(startOffset) - 1);
    }

    /** For the preprocessor, which already knows the line and column of {@code startOffset}. */
    PpToken(int type, String text, SourceFile origin, int startOffset, int stopOffset, Optional<TextRange> expansionSite,
            int line, int charPositionInLine) {
        super(type, text);
        this.origin = origin;
        this.expansionSite = expansionSite;
        setStartIndex(startOffset);
        setStopIndex(stopOffset);
        setLine(line);
        setCharPositionInLine(charPositionInLine);
    }

    public SourceFile origin() {
        return origin;
    }

    /** Where the macro that produced this token was invoked, if it came from a macro. */
    public Optional<TextRange> expansionSite() {
        return expansionSite;
    }

    /** Where this token was written. */
    public TextRange writtenAt() {
        return origin.range(getStartIndex(), getStopIndex() + 1);
    }
}
