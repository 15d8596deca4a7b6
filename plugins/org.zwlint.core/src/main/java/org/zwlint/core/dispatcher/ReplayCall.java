package org.zwlint.core.dispatcher;

import java.util.Locale;
import java.util.Map;

/**
 * A call as the driver source makes it: the routine name (NtXxx or ZwXxx, which decides the path) and an abstract
 * value per argument, by parameter name. Arguments left out get what a driver typically passes: kernel pointers,
 * kernel handles, NULL for optional parameters.
 */
public record ReplayCall(String routine, Map<String, ArgValue> arguments) {
    public ReplayCall {
        arguments = Map.copyOf(arguments);
    }

    public static ReplayCall of(String routine) {
        return new ReplayCall(routine, Map.of());
    }

    public ReplayCall with(String parameter, ArgValue value) {
        java.util.Map<String, ArgValue> copy = new java.util.HashMap<>(arguments);
        copy.put(parameter, value);
        return new ReplayCall(routine, copy);
    }

    /** Zw routines go through the dispatcher; Nt routines are direct calls. */
    public CallPath via() {
        return routine.trim().toLowerCase(Locale.ROOT).startsWith("zw") ? CallPath.ZW : CallPath.NT;
    }
}
