package org.zwlint.core.parse;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.atn.DecisionInfo;

/**
 * ANTLR's decision profile, for finding the grammar decisions that cost the most prediction time. It belongs to one
 * front end, so a long-lived process that drops the front end drops its profile too. Off unless asked for: profiling
 * slows the parser down.
 */
public final class ParserProfile {
    /** The switch for the profile of the front ends the tools create: {@code -Dzwlint.profileParser=true}. */
    public static final String PROPERTY = "zwlint.profileParser";

    private final boolean enabled;
    private final Map<Integer, DecisionTotals> totals = new HashMap<>();

    public ParserProfile(boolean enabled) {
        this.enabled = enabled;
    }

    public static ParserProfile fromSystemProperty() {
        return new ParserProfile(Boolean.getBoolean(PROPERTY));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Adds one parse's statistics; parser threads call this concurrently. */
    synchronized void add(DecisionInfo[] decisions) {
        for (DecisionInfo d : decisions) {
            totals.merge(d.decision, new DecisionTotals(d.decision, d.timeInPrediction, d.SLL_ATNTransitions,
                    d.SLL_TotalLook, d.invocations), (a, b) -> a.plus(b.predictionNanos(), b.sllTransitions(),
                            b.sllLookahead(), b.invocations()));
        }
    }

    /** The {@code limit} decisions that took the most prediction time, slowest first. */
    public synchronized List<DecisionTotals> slowest(int limit) {
        return totals.values().stream().sorted(Comparator.comparingLong(DecisionTotals::predictionNanos).reversed())
                .limit(limit).toList();
    }
}
