package org.zwlint.core.preprocess;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/** Where macro expansion reads from: a file being preprocessed, or a macro argument on its own. */
interface TokenSource {
    /** The next token, or null at the end. */
    @Nullable
    Tok next();

    /** Makes {@code tokens} the next ones read, in order (the result of an expansion, for rescanning). */
    void pushFront(List<Tok> tokens);

    default void pushBack(Tok token) {
        pushFront(List.of(token));
    }
}
