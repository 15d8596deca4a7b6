package org.zwlint.core.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.parse.CTokenizer;
import org.zwlint.core.parse.antlr.CLexer;
import org.zwlint.core.source.SourceFile;

/**
 * Turns a source file into the token stream the parser reads.
 * INTERIM: drops directive lines and expands nothing; the real preprocessor replaces this body.
 */
public final class Preprocessor {
    private final ZwLintConfig config;

    public Preprocessor(ZwLintConfig config) {
        this.config = config;
    }

    public ZwLintConfig config() {
        return config;
    }

    public PreprocessedUnit run(SourceFile file) {
        List<PpToken> out = new ArrayList<>();
        boolean atLineStart = true;
        boolean inDirective = false;
        for (Token token : CTokenizer.tokenize(file)) {
            int type = token.getType();
            if (type == CLexer.Newline) {
                atLineStart = true;
                inDirective = false;
                continue;
            }
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (atLineStart && type == CLexer.Hash) {
                inDirective = true;
            }
            atLineStart = false;
            if (!inDirective) {
                out.add(new PpToken(type, token.getText(), file, token.getStartIndex(), token.getStopIndex(),
                        Optional.empty()));
            }
        }
        return new PreprocessedUnit(file, out, List.of());
    }
}
