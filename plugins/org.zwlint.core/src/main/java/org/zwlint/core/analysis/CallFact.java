package org.zwlint.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.zwlint.core.ast.Call;
import org.zwlint.core.source.TextRange;

/**
 * A call with a known callee name, the abstract values of its arguments, what the structures its pointer
 * arguments point to hold in members the user controls ({@code Worker(&ctx)} after {@code ctx.Buffer =
 * Type3InputBuffer}), by argument and member name, and the probes that cover all of them there.
 */
public record CallFact(Call node, TextRange range, String callee, List<Value> arguments,
        Map<Integer, Map<String, Value>> argumentMembers, Map<Origin, Probe> argumentProbes, boolean guarded,
        boolean trusted, OptionalLong ioctl) implements AnalysisFact {
    @Override
    public Call node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }

    public CallFact {
        arguments = List.copyOf(arguments);
        argumentMembers = Map.copyOf(argumentMembers);
        argumentProbes = Map.copyOf(argumentProbes);
    }
}
