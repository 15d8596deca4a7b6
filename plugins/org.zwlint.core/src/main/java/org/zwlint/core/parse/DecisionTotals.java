package org.zwlint.core.parse;

/** One ANTLR decision's prediction statistics, summed over the files a front end parsed. */
public record DecisionTotals(int decision, long predictionNanos, long sllTransitions, long sllLookahead,
        long invocations) {
    DecisionTotals plus(long nanos, long transitions, long lookahead, long calls) {
        return new DecisionTotals(decision, predictionNanos + nanos, sllTransitions + transitions,
                sllLookahead + lookahead, invocations + calls);
    }
}
