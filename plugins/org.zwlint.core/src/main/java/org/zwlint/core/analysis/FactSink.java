package org.zwlint.core.analysis;

/** Receives the facts of the reporting pass; the solving passes use {@link #NONE}. */
@FunctionalInterface
public interface FactSink {
    FactSink NONE = fact -> {
    };

    void accept(AnalysisFact fact);
}
