package org.zwlint.core.analysis;

import java.util.Map;

/**
 * What a function does to its parameters, as its callers see it: which pointer parameters it
 * probes on some path to a normal return (a helper recognised from its body, whatever its name),
 * which members it reads through them (a check in a helper is a first read for the caller's
 * double fetch), and which handles it opens and returns through them.
 */
public record FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters,
        Map<Integer, java.util.Set<String>> readMembers, Map<Integer, HandleOut> handlesOut) {
    public FunctionSummary {
        probedParameters = Map.copyOf(probedParameters);
        handlesOut = Map.copyOf(handlesOut);
        Map<Integer, java.util.Set<String>> copy = new java.util.HashMap<>();
        readMembers.forEach((index, members) -> copy.put(index, java.util.Set.copyOf(members)));
        readMembers = Map.copyOf(copy);
    }

    public FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters) {
        this(function, probedParameters, Map.of(), Map.of());
    }

    public static FunctionSummary none(String function) {
        return new FunctionSummary(function, Map.of());
    }

    /** Whether callers learn anything from it. */
    public boolean isEmpty() {
        return probedParameters.isEmpty() && readMembers.isEmpty() && handlesOut.isEmpty();
    }

    /** A probe of parameter {@code index}: for write or read, and which parameter holds its length, if one does. */
    public record ParameterProbe(boolean forWrite, java.util.OptionalInt lengthParameter, String via) {
    }

    /**
     * A handle the function opens and writes through a pointer parameter on some path to a normal return.
     *
     * @param kind {@link ValueKind#HANDLE} or {@link ValueKind#PROCESS_HANDLE}
     * @param region KERNEL for a kernel handle
     * @param what how it was opened ("a kernel handle opened by ZwCreateFile")
     */
    public record HandleOut(ValueKind kind, Region region, String what) {
        /** Two paths that return different kinds of handle return a handle of either table. */
        public HandleOut join(HandleOut other) {
            return equals(other) ? this : new HandleOut(ValueKind.HANDLE, Region.UNKNOWN, what);
        }
    }
}
