package org.zwlint.core.dispatcher;

import org.zwlint.core.model.PreviousMode;

/** PreviousMode kept (direct Nt call) or restored (trap frame unwound); {@code why} says which. */
public record PreviousModeStep(PreviousMode before, PreviousMode after, String why) implements TraceStep {
    @Override
    public String text() {
        return before == after
                ? String.format("PreviousMode stays %s: %s", after.label(), why)
                : String.format("PreviousMode %s -> %s: %s", before.label(), after.label(), why);
    }
}
