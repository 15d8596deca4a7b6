package org.zwlint.core.analysis;

import java.util.Map;

/**
 * What a function does to its parameters, as its callers see it: which pointer parameters it
 * probes on some path to a normal return (a helper recognised from its body, whatever its name).
 */
public record FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters) {
    public FunctionSummary {
        probedParameters = Map.copyOf(probedParameters);
    }

    public static FunctionSummary none(String function) {
        return new FunctionSummary(function, Map.of());
    }

    /** A probe of parameter {@code index}: for write or read, and which parameter holds its length, if one does. */
    public record ParameterProbe(boolean forWrite, java.util.OptionalInt lengthParameter, String via) {
    }
}
