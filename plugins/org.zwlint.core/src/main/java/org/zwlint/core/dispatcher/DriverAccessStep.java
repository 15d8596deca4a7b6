package org.zwlint.core.dispatcher;

import java.util.Locale;
import java.util.Optional;

/**
 * The driver touched memory through a pointer of its request: which pointer, the concrete range, what lies
 * there, and the exception the access raised, if any, and whether an __except handled it.
 */
public record DriverAccessStep(String pointer, long address, long length, boolean write, String lies,
        Optional<NtStatus> raised, boolean handled) implements TraceStep {
    @Override
    public String text() {
        String range = String.format(Locale.ROOT, "[0x%X, 0x%X]", address, address + Math.max(length, 1) - 1);
        String what = String.format(Locale.ROOT, "driver: %s %d byte(s) at %s through `%s` (%s)",
                write ? "writes" : "reads", length, range, pointer, lies);
        return raised.map(s -> what + ": raises " + s + (handled ? ", handled by the driver's __except"
                : ", and no __except on the path handles it")).orElse(what);
    }
}
