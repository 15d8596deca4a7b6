package org.zwlint.core.analysis;

import java.util.Map;

/**
 * What a function does to its parameters, as its callers see it: which pointer parameters it
 * probes on some path to a normal return (a helper recognised from its body, whatever its name),
 * and which pointers held in members of the structures they point to ({@code Req->Data}),
 * which members it reads through them (a check in a helper is a first read for the caller's
 * double fetch), which handles it opens and returns through them, and what it stores in the
 * members of the structures they point to on every path (a helper that fills in OBJECT_ATTRIBUTES).
 */
public record FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters,
        Map<Integer, java.util.Set<String>> readMembers, Map<Integer, HandleOut> handlesOut,
        Map<Integer, Map<String, MemberOut>> membersOut, Map<Integer, Map<String, ParameterProbe>> probedMembers) {
    public FunctionSummary {
        probedParameters = Map.copyOf(probedParameters);
        handlesOut = Map.copyOf(handlesOut);
        Map<Integer, java.util.Set<String>> copy = new java.util.HashMap<>();
        readMembers.forEach((index, members) -> copy.put(index, java.util.Set.copyOf(members)));
        readMembers = Map.copyOf(copy);
        Map<Integer, Map<String, MemberOut>> stored = new java.util.HashMap<>();
        membersOut.forEach((index, members) -> stored.put(index, Map.copyOf(members)));
        membersOut = Map.copyOf(stored);
        Map<Integer, Map<String, ParameterProbe>> probes = new java.util.HashMap<>();
        probedMembers.forEach((index, members) -> probes.put(index, Map.copyOf(members)));
        probedMembers = Map.copyOf(probes);
    }

    public FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters,
            Map<Integer, java.util.Set<String>> readMembers, Map<Integer, HandleOut> handlesOut,
            Map<Integer, Map<String, MemberOut>> membersOut) {
        this(function, probedParameters, readMembers, handlesOut, membersOut, Map.of());
    }

    public FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters,
            Map<Integer, java.util.Set<String>> readMembers, Map<Integer, HandleOut> handlesOut) {
        this(function, probedParameters, readMembers, handlesOut, Map.of());
    }

    public FunctionSummary(String function, Map<Integer, ParameterProbe> probedParameters) {
        this(function, probedParameters, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static FunctionSummary none(String function) {
        return new FunctionSummary(function, Map.of());
    }

    /** Whether callers learn anything from it. */
    public boolean isEmpty() {
        return probedParameters.isEmpty() && readMembers.isEmpty() && handlesOut.isEmpty() && membersOut.isEmpty()
                && probedMembers.isEmpty();
    }

    /**
     * What a member of a structure a pointer parameter points to holds when the function returns: a value the
     * function made itself (a constant, a kernel address), or the value of one of its parameters, which the
     * caller knows better.
     */
    public sealed interface MemberOut {
    }

    /** A value the function made, the same for every caller (OBJ_KERNEL_HANDLE, NULL). */
    public record MadeValue(Value value) implements MemberOut {
    }

    /** The value the caller passed as parameter {@code index}. */
    public record PassedParameter(int index) implements MemberOut {
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
