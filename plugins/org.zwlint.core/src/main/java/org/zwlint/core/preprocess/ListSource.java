package org.zwlint.core.preprocess;

import java.util.ArrayDeque;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/** A fixed list of tokens, such as one macro argument being expanded before substitution. */
final class ListSource implements TokenSource {
    private final ArrayDeque<Tok> tokens;

    ListSource(List<Tok> tokens) {
        this.tokens = new ArrayDeque<>(tokens);
    }

    @Override
    public @Nullable Tok next() {
        return tokens.pollFirst();
    }

    @Override
    public void pushFront(List<Tok> front) {
        for (int i = front.size() - 1; i >= 0; i--) {
            tokens.addFirst(front.get(i));
        }
    }
}
