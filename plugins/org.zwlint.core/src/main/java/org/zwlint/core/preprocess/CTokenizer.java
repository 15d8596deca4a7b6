package org.zwlint.core.preprocess;

import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.SourceFile;

/**
 * Lexes a source file with the generated C lexer, keeping hidden tokens (layout, comments).
 * Token indexes count code points; {@link LexedFile} maps them to the chars of the text.
 */
final class CTokenizer {
    private CTokenizer() {
    }

    /** Every token of the file in order, hidden channels included, without the EOF token. */
    static List<? extends Token> tokenize(SourceFile file) {
        CLexer lexer = new CLexer(CharStreams.fromString(file.text(), file.path().toString()));
        lexer.removeErrorListeners(); // the grammar ends in a catch-all rule, so it never fails
        return lexer.getAllTokens();
    }
}
