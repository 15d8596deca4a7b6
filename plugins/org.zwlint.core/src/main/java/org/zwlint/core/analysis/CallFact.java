package org.zwlint.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.zwlint.core.ast.Call;
import org.zwlint.core.source.TextRange;

/** A call with a known callee name, the abstract values of its arguments and the probes that cover them there. */
public record CallFact(Call node, TextRange range, String callee, List<Value> arguments,
        Map<Origin, Probe> argumentProbes, boolean guarded, boolean trusted, OptionalLong ioctl) implements AnalysisFact {
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
        argumentProbes = Map.copyOf(argumentProbes);
    }
}
