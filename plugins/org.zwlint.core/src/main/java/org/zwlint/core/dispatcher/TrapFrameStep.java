package org.zwlint.core.dispatcher;

import org.zwlint.core.model.PreviousMode;

/** The dispatcher built a trap frame: the old PreviousMode is saved in it and the caller's mode takes its place. */
public record TrapFrameStep(String builtBy, PreviousMode before, PreviousMode after, int depth) implements TraceStep {
    @Override
    public String text() {
        return String.format("trap frame #%d built by %s: PreviousMode %s -> %s (%s saved in the frame)", depth,
                builtBy, before.label(), after.label(), before.label());
    }
}
