package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwlint.core.Witness;
import org.zwlint.core.WitnessStep;
import org.zwlint.core.analysis.IoctlCode;
import org.zwlint.core.analysis.Origin;
import org.zwlint.core.analysis.Region;
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

    /**
     * What made the value a user pointer, for a message: "Type3InputBuffer, the requestor's raw
     * input address", "`in->Target` is a pointer read from the requestor's data ...". The witness
     * trail starts further back (the SystemBuffer the pointer was read from); the message names
     * the step that matters.
     */
    /** The source as the end of a message: "; it holds Type3InputBuffer, ..." or "; `in->Target` is a pointer read ...". */
    static String holds(Value value) {
        String source = source(value);
        return source.startsWith("`") ? "; " + source : "; it holds " + source;
    }

    /**
     * Where a value the requestor chose was read from, for values that are not pointers (a handle):
     * the first step of its trail, "the SystemBuffer, kernel memory the I/O manager filled ...".
     */
    static String readFrom(Value value) {
        return value.trail().isEmpty() ? "the requestor's data" : value.trail().get(0).message();
    }

    /** The IOCTL the access's path handles, for the end of a message: ", handling IOCTL_FOO (0x222003, METHOD_NEITHER)". */
    static String handling(Optional<IoctlCode> ioctl) {
        return ioctl.map(code -> ", handling " + code.describe()).orElse("");
    }

    static String source(Value value) {
        for (Origin origin : value.origins()) {
            if (origin.region() == Region.USER) {
                return origin.description();
            }
        }
        return value.trail().isEmpty() ? "a user pointer" : value.trail().get(0).message();
    }
}
