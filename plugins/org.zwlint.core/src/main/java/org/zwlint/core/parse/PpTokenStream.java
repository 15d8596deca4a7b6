package org.zwlint.core.parse;

import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.preprocess.PpToken;

/**
 * The parser's view of a preprocessed unit. Unlike ANTLR's buffered streams it never writes
 * into the tokens (the preprocessor may share a header's tokens between units and threads),
 * and it enforces the per-file time budget: prediction reads tokens in tight loops, so a
 * clock check here bounds every parse.
 */
final class PpTokenStream implements TokenStream {
    private static final int CLOCK_EVERY = 4096;

    private final Token[] tokens;
    private final long deadlineNanos;
    private final long maxLookups;
    private long lookups;
    private int position;
    private int reads;
    private int furthest;

    PpTokenStream(List<PpToken> input, PpToken eofSite, long deadlineNanos) {
        this(input, eofSite, deadlineNanos, Long.MAX_VALUE);
    }

    /** @param maxLookups token lookups the parser may make (its counted work budget) */
    PpTokenStream(List<PpToken> input, PpToken eofSite, long deadlineNanos, long maxLookups) {
        this.maxLookups = maxLookups;
        this.tokens = new Token[input.size() + 1];
        for (int i = 0; i < input.size(); i++) {
            tokens[i] = input.get(i);
        }
        PpToken eof = new PpToken(Token.EOF, "<EOF>", eofSite.origin(), eofSite.getStopIndex() + 1,
                eofSite.getStopIndex(), eofSite.expansionSite());
        tokens[input.size()] = eof;
        this.deadlineNanos = deadlineNanos;
    }

    /** The furthest position the parser itself (not its lookahead) has reached since the last reset. */
    int furthest() {
        return furthest;
    }

    void resetFurthest() {
        furthest = position;
    }

    /** The position of this very token object, searching from {@code from}; -1 if absent. */
    int positionOf(Token token, int from) {
        for (int i = Math.max(0, from); i < tokens.length; i++) {
            if (tokens[i] == token) {
                return i;
            }
        }
        return -1;
    }

    int size0() {
        return tokens.length - 1;
    }

    Token tokenAt(int index) {
        return tokens[Math.min(index, tokens.length - 1)];
    }

    @Override
    public @Nullable Token LT(int k) {
        if (++reads >= CLOCK_EVERY) {
            reads = 0;
            lookups += CLOCK_EVERY;
            if (lookups > maxLookups) {
                throw new ParseBudgetExceeded(false);
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new ParseBudgetExceeded(true);
            }
        }
        if (k == 0) {
            return tokens[position];
        }
        int i = k > 0 ? position + k - 1 : position + k;
        if (i < 0) {
            return null;
        }
        return tokens[Math.min(i, tokens.length - 1)];
    }

    @Override
    public int LA(int i) {
        Token t = LT(i);
        return t == null ? Token.INVALID_TYPE : t.getType();
    }

    @Override
    public void consume() {
        if (position < tokens.length - 1) {
            position++;
            furthest = Math.max(furthest, position);
        } else {
            throw new IllegalStateException("cannot consume EOF");
        }
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.max(0, Math.min(index, tokens.length - 1));
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // every token stays buffered
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        throw new UnsupportedOperationException("tokens come from the preprocessor");
    }

    @Override
    public String getText() {
        return "";
    }

    @Override
    public String getText(@Nullable Interval interval) {
        return "";
    }

    @Override
    public String getText(org.antlr.v4.runtime.@Nullable RuleContext ctx) {
        return "";
    }

    @Override
    public String getText(@Nullable Token start, @Nullable Token stop) {
        return "";
    }

    @Override
    public String getSourceName() {
        return tokens[0] instanceof PpToken p ? p.origin().path().toString() : "<unit>";
    }
}
