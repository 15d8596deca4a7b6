package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;

import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.Value;
import org.zwlint.core.source.TextRange;

/** A finding's witness from the engine's trail of a value: the source first, each flow step, the sink last. */
final class Witnesses {
    private Witnesses() {
    }

    static Witness of(Value value, TextRange sink, String sinkMessage) {
        List<WitnessStep> steps = new ArrayList<>();
        for (WitnessStep step : value.trail()) {
            if (!step.range().equals(sink)) {
                steps.add(step);
            }
        }
        steps.add(new WitnessStep(sink, sinkMessage));
        return Witness.of(steps);
    }

    /** What the value's source says about it, for a message: "Type3InputBuffer, the requestor's raw input address". */
    static String source(Value value) {
        return value.trail().isEmpty() ? "a user pointer" : value.trail().get(0).message();
    }
}
